"""Spell checking cue text with Hunspell and the dictionaries shipped with the app.

**Engine and dictionaries.** Hunspell 1.7 through the ``chunspell-next`` wheel (import name
``hunspell``; the library is inside the wheel on Linux, Windows and macOS). The dictionaries are
package data under ``subtitle_desk/resources/dictionaries`` (see the README there for sources
and licences); more can be put in a folder passed as ``dictionary_dirs`` (``xx_YY.aff`` +
``xx_YY.dic``). A language without a dictionary raises :class:`DictionaryMissing`, which names it;
:func:`available_languages` lists what there is.

**Words.** :meth:`SpellChecker.check` finds words in the text as stored and returns their spans
there (markup is skipped, so ``<i>``, ``{\\i1}`` or ``<c.yellow>`` never count and an editor can
underline ``text[start:end]``). A word is a run of letters (and marks) that may hold apostrophes
and hyphens (``aujourd'hui``, ``peut-être``, ``l’étiquette``). Skipped: single letters, words with
a digit or an underscore (``3e``, ``MP3``, times, numbers), URLs and e-mail addresses, and
unknown all-capital words of at most five letters (acronyms: ``NASA``). When Hunspell rejects a
word as a whole: a typographic apostrophe is tried as ``'``; an elided article or pronoun
(``l'``, ``qu'``, ``dell'`` ...) is set aside and the rest checked; a hyphenated word is
accepted when each part is a word, and otherwise only its unknown parts are reported.

**Personal words.** With a ``personal_dir``, the words a user adds (:meth:`SpellChecker.add_word`)
are kept in ``<personal_dir>/<language>.txt`` (UTF-8, one word per line) and loaded next time.
:meth:`SpellChecker.ignore` accepts a word for this session only. Both bump
:attr:`SpellChecker.revision`, so a QC checker knows to re-check.

**Threads.** Loading a dictionary takes 0.1-0.6 s: build a checker off the UI thread. Its methods
may be called from any thread (one lock guards Hunspell and the caches).
"""

from __future__ import annotations

import os
import re
import sys
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from subtitle_desk.core.words import WORD_CHAR, mask_markup

__all__ = ["SpellChecker", "Misspelling", "DictionaryMissing", "available_languages",
           "find_dictionary", "DICTIONARY_DIR", "language_tag"]

DICTIONARY_DIR = Path(__file__).resolve().parent.parent / "resources" / "dictionaries"

#: What each shipped dictionary serves besides its own tag (Debian links these to the same files).
_ALSO_SERVES = {
    "fr_FR": ("fr", "fr-BE", "fr-CA", "fr-CH", "fr-LU", "fr-MC"),
    "de_DE": ("de", "de-BE", "de-LU"),
    "es_ES": ("es", "es-AR", "es-BO", "es-CL", "es-CO", "es-CR", "es-CU", "es-DO", "es-EC", "es-GT",
              "es-HN", "es-MX", "es-NI", "es-PA", "es-PE", "es-PR", "es-PY", "es-SV", "es-US",
              "es-UY", "es-VE"),
    "it_IT": ("it", "it-CH"),
    "ar": ("ar-AE", "ar-BH", "ar-DZ", "ar-EG", "ar-IN", "ar-IQ", "ar-JO", "ar-KW", "ar-LB", "ar-LY",
           "ar-MA", "ar-OM", "ar-QA", "ar-SA", "ar-SD", "ar-SY", "ar-TN", "ar-YE"),
}

#: Elided words set aside before the rest of a word is checked (lower case, with the apostrophe).
_ELISIONS = {
    "fr": {"l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "ç'", "qu'", "jusqu'", "lorsqu'",
           "puisqu'", "quoiqu'", "presqu'", "quelqu'"},
    "it": {"l'", "d'", "un'", "dell'", "all'", "dall'", "nell'", "sull'", "coll'", "pell'",
           "quest'", "quell'", "bell'", "sant'", "c'", "m'", "t'", "s'", "v'", "n'", "dev'", "com'"},
}

_APOSTROPHES = "'\u2019\u02bc"
_HYPHENS = "-\u2010\u2011"
_WORD = re.compile(f"{WORD_CHAR}+(?:[{_APOSTROPHES}{_HYPHENS}]{WORD_CHAR}+)*")
_SKIP = re.compile(r"(?:https?://|ftp://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_PART = re.compile(f"[^{_HYPHENS}]+")
_DIGIT = re.compile(r"[\d_]")
_CACHE_LIMIT = 200_000


def language_tag(name: str) -> str:
    """``fr_FR`` / ``FR-fr`` -> ``fr-FR``; ``ar`` -> ``ar``."""
    parts = name.strip().replace("_", "-").split("-")
    return "-".join([parts[0].lower()] + [p.upper() if len(p) == 2 else p for p in parts[1:]])


class DictionaryMissing(LookupError):
    """No dictionary for ``language``; ``available`` lists the languages that have one."""

    def __init__(self, language: str, available: Sequence[str]) -> None:
        self.language, self.available = language, tuple(available)
        super().__init__(f"no spelling dictionary for {language}"
                         + (f" (dictionaries: {', '.join(available)})" if available else ""))


def _dictionaries(dictionary_dirs: Iterable[str | os.PathLike] = ()) -> dict[str, Path]:
    """Dictionary tag -> its ``.dic`` path; later folders win over earlier ones and the app's."""
    found: dict[str, Path] = {}
    for folder in (DICTIONARY_DIR, *map(Path, dictionary_dirs)):
        if not folder.is_dir():
            continue
        for dic in sorted(folder.glob("*.dic")):
            if dic.with_suffix(".aff").is_file():
                found[language_tag(dic.stem)] = dic
    return found


def available_languages(dictionary_dirs: Iterable[str | os.PathLike] = ()) -> list[str]:
    """The language tags with a dictionary (``en-US``, ``fr-FR`` ...), sorted."""
    return sorted(_dictionaries(dictionary_dirs))


def find_dictionary(language: str, dictionary_dirs: Iterable[str | os.PathLike] = ()) -> Path:
    """The ``.dic`` for ``language`` (its ``.aff`` is beside it), or DictionaryMissing. A tag
    is served by the dictionary of the same tag, else by the dictionary Debian links it to
    (``fr-CA`` -> fr_FR); a bare language (``fr``) by that language's only dictionary."""
    tag = language_tag(language)
    found = _dictionaries(dictionary_dirs)
    if tag in found:
        return found[tag]
    for stem, tags in _ALSO_SERVES.items():
        own = language_tag(stem)
        if tag in tags and own in found:
            return found[own]
    if "-" not in tag:
        same = [t for t in found if t.split("-")[0] == tag]
        if len(same) == 1:
            return found[same[0]]
    raise DictionaryMissing(language, sorted(found))


@dataclass(frozen=True, slots=True)
class Misspelling:
    """``word`` = ``text[start:end]`` is not in the dictionary."""

    start: int
    end: int
    word: str


class SpellChecker:
    """Hunspell for one language, the user's personal words and the session's ignored words."""

    def __init__(self, language: str, *, personal_dir: str | os.PathLike | None = None,
                 dictionary_dirs: Iterable[str | os.PathLike] = ()) -> None:
        from hunspell import Hunspell  # chunspell-next

        dic = find_dictionary(language, dictionary_dirs)
        self.language = language_tag(language)
        self.dictionary = language_tag(dic.stem)
        self._elisions = _ELISIONS.get(self.dictionary.split("-")[0], set())
        # Hunspell opens files by bytes: UTF-8 with the \\?\ prefix on Windows (the wrapper adds
        # it for UTF-8), the file system encoding elsewhere
        encoding = "UTF-8" if os.name == "nt" else sys.getfilesystemencoding()
        self._hunspell = Hunspell(dic.stem, hunspell_data_dir=str(dic.parent), system_encoding=encoding)
        self._lock = threading.RLock()
        self._known: dict[str, bool] = {}  # word -> Hunspell's answer
        self._tokens: dict[str, tuple[tuple[int, int], ...]] = {}  # token -> its wrong parts
        self._ignored: set[str] = set()
        self._personal: list[str] = []
        self._added: set[str] = set()  # personal words Hunspell did not know before
        self.revision = 0
        self.personal_path = (Path(personal_dir) / f"{self.dictionary}.txt") if personal_dir else None
        if self.personal_path is not None:
            for word in self._read_personal():
                self._add_to_hunspell(word)
                self._personal.append(word)

    # -- words -------------------------------------------------------------------------------
    @property
    def personal_words(self) -> tuple[str, ...]:
        return tuple(self._personal)

    @property
    def ignored(self) -> frozenset[str]:
        return frozenset(self._ignored)

    def add_word(self, word: str) -> None:
        """Accept ``word`` from now on, and keep it in the personal word list (if there is one)."""
        word = word.strip()
        if not word or any(c.isspace() for c in word):
            raise ValueError(f"not a single word: {word!r}")
        with self._lock:
            if word in self._personal:
                return
            if self.personal_path is not None:
                self._write_personal([*self._personal, word])
            self._personal.append(word)
            self._add_to_hunspell(word)
            self._changed()

    def remove_word(self, word: str) -> None:
        """Take ``word`` out of the personal word list."""
        with self._lock:
            if word not in self._personal:
                return
            rest = [w for w in self._personal if w != word]
            if self.personal_path is not None:
                self._write_personal(rest)
            self._personal = rest
            if word in self._added:
                self._added.discard(word)
                self._hunspell.remove(unicodedata.normalize("NFC", word))
            self._changed()

    def ignore(self, word: str, ignored: bool = True) -> None:
        """Accept ``word`` (exactly as written) for this session only, or stop accepting it."""
        with self._lock:
            if ignored and word not in self._ignored:
                self._ignored.add(word)
            elif not ignored and word in self._ignored:
                self._ignored.discard(word)
            else:
                return
            self._changed()

    # -- checking ----------------------------------------------------------------------------
    def is_correct(self, word: str) -> bool:
        """Is this one word (no spaces) spelled right, by the rules of :meth:`check`?"""
        with self._lock:
            return not self._word_errors(word, 0)

    def check(self, text: str) -> list[Misspelling]:
        """The misspelled words of ``text`` (a cue's text as stored), in order."""
        masked = mask_markup(text)
        if "@" in masked or "/" in masked or "www" in masked.lower():
            masked = _SKIP.sub(lambda m: " " * (m.end() - m.start()), masked)
        found: list[Misspelling] = []
        with self._lock:
            tokens = self._tokens
            for m in _WORD.finditer(masked):
                word = m.group()
                wrong = tokens.get(word)
                if wrong is None:
                    if len(tokens) >= _CACHE_LIMIT:
                        tokens.clear()
                    wrong = tokens[word] = tuple(self._word_errors(word, 0))
                if wrong:
                    at = m.start()
                    found.extend(Misspelling(at + a, at + b, text[at + a:at + b]) for a, b in wrong)
        return found

    def suggest(self, word: str, limit: int = 8) -> list[str]:
        """Hunspell's suggestions for ``word`` (may take tens of ms: call it on demand)."""
        with self._lock:
            try:
                return list(self._hunspell.suggest(unicodedata.normalize("NFC", word)))[:limit]
            except UnicodeError:
                return []

    # -- internals ---------------------------------------------------------------------------
    def _word_errors(self, word: str, offset: int) -> list[tuple[int, int]]:
        """Spans (offset by ``offset``) of the wrong parts of one word token."""
        if len(word) < 2 or word in self._ignored or _DIGIT.search(word):
            return []
        if self._known_word(word):
            return []
        if word.isupper() and len(word) <= 5 and word.isalpha():
            return []  # an acronym
        apostrophe = next((i for i, c in enumerate(word) if c in _APOSTROPHES), -1)
        if apostrophe > 0:
            elided = word[:apostrophe].lower() + "'"
            if elided in self._elisions:
                rest = apostrophe + 1
                return self._word_errors(word[rest:], offset + rest)
        if any(c in _HYPHENS for c in word):
            wrong = []
            for part in _PART.finditer(word):
                wrong.extend(self._word_errors(part.group(), offset + part.start()))
            return wrong
        return [(offset, offset + len(word))]

    def _known_word(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            candidate = unicodedata.normalize("NFC", word) if not word.isascii() else word
            known = self._spell(candidate)
            if not known and any(c in "\u2019\u02bc" for c in candidate):
                known = self._spell(candidate.replace("\u2019", "'").replace("\u02bc", "'"))
            if len(self._known) >= _CACHE_LIMIT:
                self._known.clear()
            self._known[word] = known
        return known

    def _spell(self, word: str) -> bool:
        try:
            return self._hunspell.spell(word)
        except UnicodeError:  # a character the dictionary's encoding cannot hold
            return False

    def _add_to_hunspell(self, word: str) -> None:
        nfc = unicodedata.normalize("NFC", word)
        if self._spell(nfc):
            return
        try:
            self._hunspell.add(nfc)
        except UnicodeError:
            return
        self._added.add(word)
        self._known.clear()
        self._tokens.clear()

    def _changed(self) -> None:
        self._known.clear()
        self._tokens.clear()
        self.revision += 1

    def _read_personal(self) -> list[str]:
        try:
            lines = self.personal_path.read_text(encoding="utf-8-sig").splitlines()
        except FileNotFoundError:
            return []
        words = (line.strip() for line in lines)
        return list(dict.fromkeys(w for w in words if w and not w.startswith("#")))

    def _write_personal(self, words: list[str]) -> None:
        from subtitle_desk.core.storage import atomic_write

        self.personal_path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.personal_path, "".join(f"{w}\n" for w in words).encode("utf-8"), backup=False)
