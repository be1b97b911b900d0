"""The 30 coaching reminders: six groups of five, each a short English and Chinese message.

The index of a reminder is its class id in the model's reminder head; keep the order stable (the checkpoint
depends on it). ``labeller.py`` holds the rule that raises each one.
"""

from __future__ import annotations

from typing import NamedTuple


class Reminder(NamedTuple):
    key: str
    group: str
    en: str
    zh: str


GROUPS = ("positive", "speech", "composure", "body", "focus", "general")

REMINDERS: tuple[Reminder, ...] = (
    # Positive feedback: raised when nothing needs fixing, or alongside small issues.
    Reminder("steady", "positive", "You're doing well: calm and steady. Keep it up.", "状态很好，沉着稳定，继续保持。"),
    Reminder("good_eye_contact", "positive", "Good eye contact with the camera.", "与镜头的眼神交流很好。"),
    Reminder("good_pace", "positive", "Clear, well-paced speech.", "语速适中，表达清晰。"),
    Reminder("good_posture", "positive", "Upright, open posture. Looks confident.", "坐姿端正舒展，显得很自信。"),
    Reminder("warm_expression", "positive", "Warm, engaged expression.", "表情亲切投入。"),
    # Speech delivery: pace, volume, fluency, fillers, silence.
    Reminder("too_fast", "speech", "Slow down a little; you're speaking fast.", "语速有点快，请放慢一些。"),
    Reminder("too_quiet", "speech", "Speak up; your voice is quiet.", "声音偏小，请大声一点。"),
    Reminder("long_pauses", "speech", "Long pauses: try to keep your answer flowing.", "停顿较长，尽量让回答更连贯。"),
    Reminder("fillers", "speech", "Fewer drawn-out 'uhh'/'umm' sounds; pause silently instead.",
             "少用拖长的“呃”“嗯”，需要思考时可以安静地停顿。"),
    Reminder("silence", "speech", "We can't hear an answer; start speaking when you're ready.",
             "还没有听到你的回答，准备好就开始说吧。"),
    # Composure.
    Reminder("tense", "composure", "Relax your face; you look tense.", "放松面部，你看起来有些紧绷。"),
    Reminder("nervous", "composure", "Take a slow breath; you seem nervous.", "深呼吸，你似乎有些紧张。"),
    Reminder("flat_affect", "composure", "Show a bit more energy and expression.", "多一些活力和表情。"),
    Reminder("low_mood", "composure", "Lift your energy; you seem down.", "打起精神，你看起来有些低落。"),
    Reminder("unsteady_expression", "composure", "Keep your expression steady.", "保持表情稳定。"),
    # Body language: slouching, fidgeting, crossed arms, leaning, too still.
    Reminder("slouching", "body", "Sit up straight; you're slouching.", "坐直一些，不要弯腰驼背。"),
    Reminder("fidgeting", "body", "Try to keep still; you're moving a lot.", "尽量保持稳定，动作有点多。"),
    Reminder("crossed_arms", "body", "Uncross your arms for a more open posture.", "把双臂放开，姿态更开放。"),
    Reminder("leaning", "body", "Sit upright; you're leaning to one side.", "坐正，身体有些歪向一侧。"),
    Reminder("too_still", "body", "Relax and use natural gestures.", "放松一点，可以配合自然的手势。"),
    # Eye contact and focus.
    Reminder("looking_away", "focus", "Look at the camera; you're looking away.", "请看向镜头，你的视线偏离了。"),
    Reminder("looking_down", "focus", "Lift your eyes; you're looking down.", "抬起视线，不要一直往下看。"),
    Reminder("face_out_of_frame", "focus", "Move back into the frame; we can't see your face.",
             "请回到画面中，我们看不到你的脸。"),
    Reminder("off_center", "focus", "Center yourself in the frame.", "请让自己位于画面中央。"),
    Reminder("wandering_gaze", "focus", "Keep your gaze steady.", "保持视线稳定，不要四处张望。"),
    # General: the setting and the equipment.
    Reminder("too_dark", "general", "Your video is too dark; add light in front of you.", "画面太暗，请在正前方补光。"),
    Reminder("multiple_faces", "general", "Someone else is in the frame.", "画面中还有其他人。"),
    Reminder("audio_clipping", "general", "Your microphone is distorting; move back or lower the gain.",
             "麦克风声音失真，请离远一些或调低增益。"),
    Reminder("camera_check", "general", "We can't see any video; check your camera.",
             "没有收到视频画面，请检查摄像头。"),
    Reminder("microphone_check", "general", "We can't hear any audio; check your microphone.",
             "没有收到音频，请检查麦克风。"),
)

N_REMINDERS = len(REMINDERS)
INDEX = {r.key: i for i, r in enumerate(REMINDERS)}
assert N_REMINDERS == 30 and all(sum(r.group == g for r in REMINDERS) == 5 for g in GROUPS)
