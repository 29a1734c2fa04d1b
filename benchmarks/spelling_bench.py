"""Translator's workbench speed on 20,000 cues: spell checking (fr-FR, en-US), glossary, alignment.

    .venv/bin/python benchmarks/spelling_bench.py [--cues N] [--terms N] [--languages fr-FR en-US ...]

Per language: loading the dictionary; spell checking every cue of two texts, cold (a new checker:
every distinct word goes to Hunspell) and warm (the same checker again: words are cached), and one
cue alone (median, what an edit costs). "dialogue" repeats a few hundred everyday words, as
subtitles do; "varied" draws every word from the whole dictionary (few repeats: the worst case).
About 5% of the words carry a typo. Then: a glossary of --terms concepts (1-3 word terms)
against as many source/target cue pairs, the alignment of the target cues to the source cues,
and a full QC (QcChecker) with and without the translation rules. Figures only, no assertion.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from subtitle_desk.core.document import Cue, Document  # noqa: E402
from subtitle_desk.core.glossary import parse_glossary  # noqa: E402
from subtitle_desk.core.qc import PRESETS, QcChecker, QcContext  # noqa: E402
from subtitle_desk.core.spelling import SpellChecker, find_dictionary  # noqa: E402
from subtitle_desk.core.translation import TranslationState, align  # noqa: E402

DIALOGUE = {
    "fr-FR": """je tu il elle nous vous ils elles le la les un une des du de à au aux et ou mais donc
        car ni que qui quoi où quand comment pourquoi ne pas plus jamais rien personne tout tous
        toute très bien mal peut-être aujourd'hui demain hier maintenant toujours encore déjà ici
        là-bas oui non merci bonjour bonsoir salut pardon désolé monsieur madame mademoiselle ami
        amie maison porte fenêtre voiture rue ville pays travail argent temps jour nuit matin soir
        semaine année homme femme enfant père mère frère sœur fils fille chat chien eau pain vin
        café étiquette boîte carton disque atelier lettre téléphone histoire vérité mensonge peur
        amour guerre paix être avoir faire dire aller voir savoir pouvoir vouloir venir devoir
        prendre trouver donner parler aimer passer mettre croire penser attendre partir sortir
        entendre comprendre regarder écouter suis es est sommes êtes sont ai as avons avez ont fais
        fait allons va vais viens vient veux veut peux peut dois doit sais sait vu pris mis dit
        grand petit beau belle nouveau vieux jeune bon mauvais heureux content triste seul prêt
        l'homme l'enfant l'eau l'amour d'accord j'ai j'étais c'est qu'il qu'elle n'est s'il
        jusqu'à lorsqu'il quelqu'un arc-en-ciel grand-mère""",
    "en-US": """I you he she we they it the a an and or but so because if when where why how what
        who which not no yes never always maybe today tomorrow yesterday now here there very well
        please thank thanks sorry hello goodbye mister missus friend house door window car street
        city country work money time day night morning evening week year man woman child father
        mother brother sister son daughter cat dog water bread wine coffee label box drive workshop
        letter phone story truth lie fear love war peace be have do say go see know can want come
        must take find give talk like pass put believe think wait leave hear understand look listen
        am is are was were been has had did done said went seen knew took found gave told big small
        beautiful new old young good bad happy sad alone ready I'm you're he's she's it's we're
        they're don't doesn't didn't can't won't isn't aren't wasn't I'll I've I'd let's o'clock
        well-known self-control""",
}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def dictionary_words(language: str, count: int, rng: random.Random) -> list[str]:
    """``count`` words taken from the language's .dic (stems without their affix flags)."""
    lines = find_dictionary(language).read_text(encoding="utf-8-sig", errors="replace").splitlines()[1:]
    stems = [line.split("/", 1)[0].split("\t", 1)[0].strip() for line in lines]
    stems = [s for s in stems if s.isalpha() and len(s) > 2]
    return rng.sample(stems, min(count, len(stems)))


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    return word[:i] + rng.choice(_LETTERS) + word[i + 1:]


def cue_texts(vocabulary: list[str], n: int, rng: random.Random) -> list[str]:
    texts = []
    for _ in range(n):
        lines = []
        for _ in range(rng.choice((1, 1, 2))):
            words = [typo(w, rng) if rng.random() < 0.05 else w
                     for w in (rng.choice(vocabulary) for _ in range(rng.randint(3, 8)))]
            line = " ".join(words)
            lines.append(line[:1].upper() + line[1:] + rng.choice((".", ",", "?", "!", "...")))
        text = "\n".join(lines)
        texts.append(f"<i>{text}</i>" if rng.random() < 0.1 else text)
    return texts


def timed(fn):
    began = time.perf_counter()
    result = fn()
    return time.perf_counter() - began, result


def bench_spelling(language: str, n: int, rng: random.Random) -> None:
    load_s, checker = timed(lambda: SpellChecker(language))
    print(f"{language}: dictionary {find_dictionary(language).stem} loaded in {load_s * 1000:.0f} ms")
    corpora = {"dialogue": cue_texts(DIALOGUE[language].split(), n, rng),
               "varied": cue_texts(dictionary_words(language, 20_000, rng), n, rng)}
    for name, texts in corpora.items():
        fresh = SpellChecker(language)
        cold_s, found = timed(lambda: [fresh.check(t) for t in texts])
        warm_s, _ = timed(lambda: [fresh.check(t) for t in texts])
        one = []
        for text in texts[:2000]:
            single = time.perf_counter()
            checker.check(text)
            one.append(time.perf_counter() - single)
        words = sum(len(t.split()) for t in texts)
        wrong = sum(map(len, found))
        print(f"  {name:9s} {n} cues ({words} words, {wrong} flagged): cold {cold_s:.2f} s, "
              f"warm {warm_s:.2f} s, one cue {statistics.median(one) * 1e6:.0f} µs median")


def bench_glossary(n: int, terms: int, rng: random.Random) -> None:
    english = dictionary_words("en-US", 4000, rng)
    french = dictionary_words("fr-FR", 4000, rng)
    rows = ["en-US,fr-FR"]
    concepts = []
    for _ in range(terms):
        source = " ".join(rng.choice(english) for _ in range(rng.choice((1, 1, 2, 3))))
        target = rng.choice(french)
        rows.append(f'"{source}","{target}, {rng.choice(french)}"')
        concepts.append((source, target))
    compile_s, matcher = timed(lambda: parse_glossary("\n".join(rows)).matcher("en-US", "fr-FR"))
    sources, targets = [], []
    for _ in range(n):
        words = [rng.choice(english) for _ in range(rng.randint(4, 10))]
        if rng.random() < 0.3:
            source, target = rng.choice(concepts)
            words.insert(rng.randrange(len(words)), source)
            translated = [rng.choice(french) for _ in range(6)] + ([target] if rng.random() < 0.7 else [])
        else:
            translated = [rng.choice(french) for _ in range(rng.randint(4, 10))]
        sources.append(" ".join(words))
        targets.append(" ".join(translated))
    find_s, found = timed(lambda: [matcher.find(s) for s in sources])
    miss_s, missed = timed(lambda: [matcher.misses(s, t) for s, t in zip(sources, targets)])
    print(f"glossary: {terms} concepts compiled in {compile_s * 1000:.0f} ms; {n} source cues: "
          f"find {find_s:.2f} s ({sum(map(len, found))} terms); misses against {n} target cues "
          f"{miss_s:.2f} s ({sum(map(len, missed))} misses)")


def bench_qc(n: int, rng: random.Random) -> None:
    vocabulary = DIALOGUE["fr-FR"].split()
    source, target, t = [], [], 1000
    for i, text in enumerate(cue_texts(DIALOGUE["en-US"].split(), n, rng)):
        end = t + rng.randint(900, 6000)
        source.append(Cue(t, end, text))
        same = rng.random() < 0.05
        target.append(Cue(t + rng.randint(-200, 200), end + rng.randint(-200, 200),
                          text if same else cue_texts(vocabulary, 1, rng)[0]))
        t = end + rng.randint(40, 2000)
    align_s, _ = timed(lambda: align(target, source))
    print(f"alignment: {n} target cues to {n} source cues in {align_s * 1000:.0f} ms")
    glossary = parse_glossary("en-US,fr-FR\nlabel,étiquette\nbox,\"boîte, carton\"\nworkshop,atelier\n")
    spec = PRESETS["netflix-other"]
    plain_s, _ = timed(lambda: QcChecker(Document(target), spec))
    state = TranslationState(source)
    context = QcContext(state, glossary.matcher("en-US", "fr-FR"), SpellChecker("fr-FR"))
    full_s, checker = timed(lambda: QcChecker(Document(target), spec, context))
    print(f"QC of {n} cues: spec rules {plain_s:.2f} s; with untranslated + glossary + spelling "
          f"{full_s:.2f} s ({checker.count} problems); {state.progress(target)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cues", type=int, default=20_000)
    parser.add_argument("--terms", type=int, default=1000)
    parser.add_argument("--languages", nargs="+", default=["fr-FR", "en-US"], choices=sorted(DIALOGUE))
    args = parser.parse_args()
    rng = random.Random(11)
    for language in args.languages:
        bench_spelling(language, args.cues, rng)
    bench_glossary(args.cues, args.terms, rng)
    bench_qc(args.cues, rng)


if __name__ == "__main__":
    main()
