"""Speech: offline speech-to-text (faster-whisper), delivery metrics per answer, spoken questions (piper/espeak-ng).

Entry points (import the module you need; nothing heavy loads at import):
- ``tools.speech.stt.Transcriber`` (one model, whole clips) and ``tools.speech.stream.StreamingTranscriber``
  (microphone chunks -> voice-activity segments transcribed as they close -> the answer's transcript).
- ``tools.speech.delivery.measure_delivery`` and ``speech_reminders``: pace, fillers, pauses, speaking share, and
  the behaviour tool's speech reminders they raise.
- ``tools.speech.tts.Speaker``: a question read aloud as (samples, sample rate).
- ``tools.speech.bench.bench_speech``: the CLI's ``bench speech``.
Needs the ``speech`` extra (README.md beside this file lists the packages, weights and licences).
"""
