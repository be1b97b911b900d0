"""The Gradio web app: presentation only; the interview logic lives in ``agent/``."""
