"""Service values reach people as words (ui/words.py), the same words everywhere."""

from __future__ import annotations

from subtitle_desk.ui.words import enum_words, fidelity, task_type, track_status, track_type, upload_status


def test_dotsub_upload_statuses_read_as_what_is_happening():
    assert upload_status("UPLOADED") == "uploaded; Dotsub is encoding it"
    assert upload_status("IN_QUEUE") == "waiting for the video file"
    assert upload_status("UPLOADING") == "uploading"
    assert upload_status("ERROR") == "failed"
    assert upload_status("ENCODED") == "encoded"
    assert upload_status("PROCESSED") == "processed"


def test_a_value_no_table_knows_reads_as_its_words():
    assert upload_status("SOME_NEW_STATE") == "some new state"
    assert enum_words("In Process") == "In Process"  # already words: kept
    assert enum_words(None) == ""


def test_task_types_read_as_their_names():
    assert task_type("TASK_PIVOT_TRANSLATE") == "Pivot translate"
    assert task_type("TASK_PROOF_READING") == "Proofreading"
    assert task_type("TASK_QUALITY_GATE") == "Quality gate"


def test_datocms_track_statuses_and_types():
    assert [track_status(s) for s in ("preparing", "ready", "errored")] == ["Preparing…", "Ready", "Failed"]
    assert track_type("subtitles") == "subtitles"


def test_cielo24_fidelities_read_as_their_names():
    assert fidelity("MECHANICAL") == "Mechanical"
    assert fidelity("PROFESSIONAL") == "Professional"
