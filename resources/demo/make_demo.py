"""Regenerate the demo video and its transcript (run once; the outputs are committed).

    apt-get install -y ffmpeg espeak-ng
    python resources/demo/make_demo.py

Each line of SCRIPT is spoken with espeak-ng, the clips are joined with short pauses, and the SRT
is written from the measured clip lengths, so every cue matches its speech exactly.
"""

from __future__ import annotations

import subprocess
import tempfile
import wave
from pathlib import Path

HERE = Path(__file__).resolve().parent
VIDEO = HERE / "subtitle-desk-demo.mp4"
SUBTITLES = HERE / "subtitle-desk-demo.srt"

LEAD_IN_MS = 1000
PAUSE_MS = 700
TAIL_MS = 1500

SCRIPT = [
    "Welcome to Subtitle Desk.",
    "This short clip is the demo media for the local emulators.",
    "Every line you hear has a matching subtitle.",
    "Use it to try the waveform, the timeline and the video preview.",
    "Select a cue, then nudge its start or end time.",
    "Check the reading speed against the subtitle specification.",
    "Upload the captions to Dotsub, DatoCMS or cielo24.",
    "The services here are local emulators, so nothing leaves this computer.",
    "Thank you for watching.",
]


def srt_time(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def two_lines(text: str, limit: int = 42) -> str:
    """Break a long line at the space nearest its middle (subtitles keep to ~42 characters)."""
    if len(text) <= limit:
        return text
    spaces = [index for index, char in enumerate(text) if char == " "]
    split = min(spaces, key=lambda index: abs(index - len(text) / 2))
    return text[:split] + "\n" + text[split + 1:]


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        clips: list[Path] = []
        cues: list[tuple[int, int, str]] = []
        position = LEAD_IN_MS
        for number, line in enumerate(SCRIPT):
            clip = work / f"line{number:02d}.wav"
            subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(clip), line], check=True)
            with wave.open(str(clip)) as audio:
                length = round(audio.getnframes() * 1000 / audio.getframerate())
            cues.append((position, position + length, line))
            clips.append(clip)
            position += length + PAUSE_MS
        total_ms = position - PAUSE_MS + TAIL_MS

        # One audio track: silence, then each clip at its cue's start.
        inputs: list[str] = []
        filters: list[str] = []
        for index, (clip, (start, _, _)) in enumerate(zip(clips, cues)):
            inputs += ["-i", str(clip)]
            filters.append(f"[{index + 1}:a]adelay={start}|{start}[a{index}]")
        mix = "".join(f"[a{index}]" for index in range(len(clips)))
        filters.append(f"[0:a]{mix}amix=inputs={len(clips) + 1}:normalize=0,"
                       f"atrim=0:{total_ms / 1000:.3f}[audio]")
        subprocess.run([
            "ffmpeg", "-y", "-loglevel", "error",
            "-f", "lavfi", "-i", f"anullsrc=r=22050:cl=mono:d={total_ms / 1000:.3f}",
            *inputs,
            "-f", "lavfi", "-i", f"testsrc2=size=320x180:rate=15:duration={total_ms / 1000:.3f}",
            "-filter_complex", ";".join(filters),
            "-map", f"{len(clips) + 1}:v", "-map", "[audio]",
            "-c:v", "libx264", "-profile:v", "main", "-pix_fmt", "yuv420p", "-preset", "veryslow",
            "-crf", "30", "-g", "30",
            "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-ar", "22050",
            "-movflags", "+faststart", "-shortest",
            str(VIDEO),
        ], check=True)

    with open(SUBTITLES, "w", encoding="utf-8", newline="\r\n") as out:
        for number, (start, end, text) in enumerate(cues, 1):
            out.write(f"{number}\n{srt_time(start)} --> {srt_time(end)}\n{two_lines(text)}\n\n")
    print(f"{VIDEO.name}: {VIDEO.stat().st_size} bytes, {total_ms / 1000:.1f} s, {len(cues)} cues")


if __name__ == "__main__":
    main()
