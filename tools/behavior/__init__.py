"""Behaviour analysis: face, voice, posture and gaze during an answer -> five scores and coaching reminders.

Entry points (import the module you need; nothing heavy loads at import):
- ``tools.behavior.tool.BehaviorTool``: the graph's behaviour analyser (``analyze``) and the richer
  ``analyze_detailed``; ``tools.behavior.tool.analyze_behavior`` is the LangChain tool.
- ``tools.behavior.realtime.RealtimeAggregator``: webcam frames and microphone chunks -> an estimate every second.
- ``tools.behavior.train.train_behavior`` and ``tools.behavior.bench.bench_behavior``: the CLI's train and bench.
See README.md beside this file.
"""
