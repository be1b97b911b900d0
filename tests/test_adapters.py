"""Adapter data builders and the whole training path on a micro configuration: a tiny random Llama and a
tokenizer trained in memory, so no weights are downloaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

from adapters.base_model import LoadedBase
from adapters.data import (
    decision_examples,
    held_out,
    question_examples,
    scorer_examples,
    write_held_out_gold,
)
from adapters.train import TrainConfig, train_adapter
from agent.backends.transformers_local import LocalRoleModel, discover_adapters
from agent.config import Settings
from agent.feedback import feedback_target
from agent.roles import GRADES, ScoreInput, build_scorer_messages

CHATML = ("{% for m in messages %}{{'<|im_start|>' + m['role'] + '\n' + m['content'] + '<|im_end|>' + '\n'}}"
          "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}")


def tiny_base(corpus: list[str]) -> LoadedBase:
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=["<|im_start|>", "<|im_end|>", "<pad>"],
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(corpus, trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<pad>")
    tokenizer.chat_template = CHATML
    config = LlamaConfig(vocab_size=len(tokenizer), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048,
                         tie_word_embeddings=True, eos_token_id=tokenizer.eos_token_id,
                         pad_token_id=tokenizer.pad_token_id)
    return LoadedBase(model=LlamaForCausalLM(config).eval(), tokenizer=tokenizer, name="tiny-llama", device="cpu")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A few rows in the real schemas of the Mohler and MIT files (made up here; the real ones are research-only)."""
    rows = []
    for a in (1, 5):
        for i, (answer, score) in enumerate([("It simulates parts of the product to test them.", 4.5),
                                             ("Nothing much.", 0.5), ("It checks that the design works.", 2.5)]):
            rows.append({"question_id": f"{a}.1", "question": "What is the role of a prototype program?",
                         "reference_answer": "To simulate the behaviour of portions of the desired software product.",
                         "student_id": f"{a}.1.{i}", "answer": answer, "score_avg": score})
    (tmp_path / "mohler_dev").mkdir()
    (tmp_path / "mohler_dev" / "mohler_dev.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    turns = [{"topic": "teamwork", "question": "Tell me about a team challenge?", "answer": "We had one.",
              "gold": {"decision": "FOLLOW_UP", "next_question": "Ok. Can you be more specific?"}},
             {"topic": "teamwork", "question": "Can you be more specific?", "answer": "I organised the tasks.",
              "gold": {"decision": "SWITCH", "next_question": "What is your weakness?"}}]
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "mit_interview_dev.gold.jsonl").write_text(
        "\n".join(json.dumps({"id": f"mit-p{n}", "language": "en", "turns": turns}) for n in (1, 2, 3, 4, 5, 6)))
    return tmp_path


def test_feedback_targets_name_what_is_there_and_what_is_missing() -> None:
    ref = "A closed path connects the bulb to the battery."
    assert feedback_target("Q?", "The bulb is on a closed path.", ref, 4).startswith("Correct: it covers closed, path")
    partial = feedback_target("Q?", "The bulb lights.", ref, 2)
    assert partial == "Partly right: it mentions bulb, but misses closed, path, connects."
    assert "the key point is" in feedback_target("Q?", "I don't know.", ref, 0)


def test_builders_split_by_question_and_participant(data_dir: Path) -> None:
    scorer = scorer_examples(data_dir)
    assert {e.group for e in scorer.val} == {"mohler-5.1"} and "mohler-5.1" not in {e.group for e in scorer.train}
    assert all(e.target.startswith("Grade: ") and "\nFeedback: " in e.target for e in scorer.train)
    decision = decision_examples(data_dir)
    assert not {e.group for e in decision.val} & {e.group for e in decision.train if e.group.startswith("mit")}
    assert any("Decision: FOLLOW_UP\nGuidance: Ask: Ok. Can you be more specific?" in e.target
               for e in decision.train + decision.val)
    questions = question_examples(data_dir)
    follow = [e for e in questions.train + questions.val if e.group.startswith("mit")]
    assert follow and all(e.target.startswith("Question: Can you be more specific?") for e in follow)


def test_training_writes_an_adapter_the_runtime_loads(data_dir: Path, tmp_path: Path) -> None:
    split = scorer_examples(data_dir)
    corpus = [e.target for e in split.train] + [m["content"] for e in split.train for m in e.messages]
    base = tiny_base(corpus)
    cfg = TrainConfig(steps=4, batch_size=2, eval_every=2, val_size=2, top_layers=1, bf16=False)
    metrics = train_adapter("scorer", base, split, tmp_path / "out" / "scorer", cfg)
    out = tmp_path / "out" / "scorer"
    assert {p.name for p in out.iterdir()} >= {"adapter_config.json", "adapter_model.safetensors", "metrics.json",
                                              "README.md"}
    assert [h["step"] for h in metrics["history"]] == [2, 4]
    assert all(h["train_loss"] > 0 and h["val_loss"] > 0 for h in metrics["history"])
    assert metrics["val_n"] == 3 and metrics["train_examples"] == 3
    assert "prompted_val_pearson" in metrics  # the bare base on the same examples, the bar the adapter must clear
    assert "the bare base,\n  prompted" in (out / "README.md").read_text()
    config = json.loads((out / "adapter_config.json").read_text())
    assert config["base_model_name_or_path"] == "tiny-llama" and config["layers_to_transform"] == [1]

    fresh = tiny_base(corpus)
    found = discover_adapters(Settings.from_env({}, adapters_dir=tmp_path / "out"), "tiny-llama")
    assert set(found) == {"scorer"}
    runtime = LocalRoleModel(fresh, found)
    messages = build_scorer_messages(ScoreInput(question="What is a prototype?", answer="A model."))
    tuned = runtime.choose("scorer", messages, prefix="Grade: ", options=GRADES)
    bare = runtime.without_adapters().choose("scorer", messages, prefix="Grade: ", options=GRADES)
    assert abs(sum(tuned.values()) - 1) < 1e-5 and tuned != bare


def test_a_replys_log_probabilities_are_those_of_the_whole_sequence() -> None:
    """reply_logprobs on transformers, what the assessment's evidence is made of (agent/assess.EVIDENCE_MIN): one
    log-probability per token of the reply, summing to the reply's share of the sequence's log-likelihood."""
    runtime = LocalRoleModel(tiny_base(["What is a prototype?", "A model you try first.", "Grade: 3"]), {})
    messages = build_scorer_messages(ScoreInput(question="What is a prototype?", answer="A model."))
    reply = "A model you try first."
    prompt = runtime._encode(runtime._prompt(messages))
    said = runtime._encode(reply)
    logp = runtime.reply_logprobs("scorer", messages, reply)
    assert len(logp) == len(said) and all(v < 0 for v in logp)
    with torch.inference_mode():
        whole = float(runtime._continuation_logprobs([prompt + said], len(prompt))[0])
    assert sum(logp) == pytest.approx(whole, rel=1e-4)
    assert runtime.reply_logprobs("scorer", messages, "") == []


def test_adapters_for_another_base_are_not_loaded(tmp_path: Path) -> None:
    (tmp_path / "decision").mkdir()
    (tmp_path / "decision" / "adapter_config.json").write_text(json.dumps({"base_model_name_or_path": "Qwen/Qwen2"}))
    assert discover_adapters(Settings.from_env({}, adapters_dir=tmp_path), "SmolLM2-135M-Instruct") == {}


def test_held_out_gold_keeps_only_untrained_interviews(tmp_path: Path) -> None:
    ids = ["mohler-a1-s0", "mohler-a5-s3", "semeval-beetle-X"] + [f"mit-p{n}" for n in range(1, 40)]
    src = tmp_path / "g.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "turns": []}) for i in ids))
    assert write_held_out_gold(src, tmp_path / "h.jsonl") == len(
        [i for i in ids if held_out(i)])
    kept = {json.loads(line)["id"] for line in (tmp_path / "h.jsonl").read_text().splitlines()}
    assert "mohler-a5-s3" in kept and "semeval-beetle-X" in kept and "mohler-a1-s0" not in kept
    assert held_out("mit-p12") == held_out("mit-pp12")  # both interviews of a participant on one side
    assert 0 < sum(i.startswith("mit") for i in kept) < 39


def test_a_retrained_adapter_is_converted_to_gguf_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The GGUF LoRA cache is named by the adapter's weights: one trained later, or for another base, is not served
    from an earlier conversion."""
    import adapters.to_gguf as to_gguf

    runs: list[list[str]] = []

    def convert(cmd: list[str], **_: object) -> None:
        runs.append(cmd)
        Path(cmd[cmd.index("--outfile") + 1]).write_bytes(b"gguf")

    monkeypatch.setattr(to_gguf, "resolve_model_dir", lambda settings: ("base", "Base"))
    monkeypatch.setattr(to_gguf, "fetch_converter", lambda target: target)
    monkeypatch.setattr(to_gguf.subprocess, "run", convert)
    folder = tmp_path / "scorer"
    folder.mkdir()
    (folder / "adapter_model.safetensors").write_bytes(b"first")
    settings = Settings.from_env({}, home=tmp_path)
    first = to_gguf.convert_adapters(settings, tmp_path / "out", {"scorer": folder})["scorer"]
    assert to_gguf.convert_adapters(settings, tmp_path / "out", {"scorer": folder})["scorer"] == first
    assert len(runs) == 1  # converted once
    (folder / "adapter_model.safetensors").write_bytes(b"retrained")
    second = to_gguf.convert_adapters(settings, tmp_path / "out", {"scorer": folder})["scorer"]
    assert second != first and second.is_file() and len(runs) == 2
