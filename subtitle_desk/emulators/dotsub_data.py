"""Seeded, deterministic data behind the Dotsub emulator: one organization ("Dotsub Test") with
users, workflows, projects, subtitle specifications, glossaries, 120 media (encoded, uploading,
failed; one with an Arabic RTL source), tasks of every documented type, and stored subtitle
tracks with non-ASCII dialog.

Records are kept in the service's own JSON shape so the app can hand them out as they are; only
``DotsubState`` mutates them, under its lock (the server runs in another thread than the tests).
Due dates are relative to the clock when the state is built, so some tasks are always overdue
and some always due within a day.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

__all__ = ["DotsubState", "Track", "LANGUAGES", "ORGANIZATION_ID", "ORGANIZATION_NAME", "iso",
           "API_USER_ID", "demo_resources"]

ORGANIZATION_ID = "dotsub-test"
ORGANIZATION_NAME = "Dotsub Test"
#: The user the API credentials act as (accepting a task assigns it to them).
API_USER_ID = "6"


def _lang(id_: str, code: str, country: str | None, b: str, t: str, a1: str, name: str,
          direction: str, local: str) -> dict[str, Any]:
    return {"id": id_, "code": code, "countryCode": country, "alpha2BCode": b, "alpha2TCode": t,
            "alpha1Code": a1, "name": name, "direction": direction, "localizedName": local}


LANGUAGES: dict[str, dict[str, Any]] = {lang["id"]: lang for lang in (
    _lang("en-US", "eng", "US", "eng", "eng", "en", "English (United States)", "LTR", "English"),
    _lang("fr-FR", "fra", "FR", "fre", "fra", "fr", "French (France)", "LTR", "Français"),
    _lang("it-IT", "ita", "IT", "ita", "ita", "it", "Italian", "LTR", "Italiano"),
    _lang("es-ES", "spa", "ES", "spa", "spa", "es", "Spanish (Spain)", "LTR", "Español"),
    _lang("de-DE", "deu", "DE", "ger", "deu", "de", "German (Germany)", "LTR", "Deutsch"),
    _lang("pt-BR", "por", "BR", "por", "por", "pt", "Portuguese (Brazil)", "LTR", "Português"),
    _lang("ar-SA", "ara", "SA", "ara", "ara", "ar", "Arabic (Saudi Arabia)", "RTL", "العربية"),
    _lang("ja-JP", "jpn", "JP", "jpn", "jpn", "ja", "Japanese", "LTR", "日本語"),
    _lang("sk-SK", "slk", None, "slk", "slk", "sk", "Slovak", "LTR", "Slovenčina"),
)}

#: The same short scene in every seeded language (times in ms), so translations line up.
_TIMES = [(1000, 3500), (4000, 7200), (7800, 11000), (11600, 14500), (15000, 18800), (19400, 22600)]
_DIALOG: dict[str, list[str]] = {
    "en-US": ["Welcome back to the workshop.", "Today we're fitting the new\nswivel adapter.",
              "Careful: the spring is under tension.", "Hand me the 7900 HD gun, please.",
              "Check the manifold for leaks…", "…and we're done. Café break?"],
    "fr-FR": ["Bon retour à l'atelier.", "Aujourd'hui, nous montons le nouvel\nadaptateur pivotant.",
              "Attention : le ressort est sous tension.", "Passe-moi le pistolet 7900 HD, s'il te plaît.",
              "Vérifie que le collecteur ne fuit pas…", "…et c'est fini. Pause café ?"],
    "it-IT": ["Bentornati in officina.", "Oggi montiamo il nuovo\nadattatore girevole.",
              "Attenzione: la molla è in tensione.", "Passami la pistola 7900 HD, per favore.",
              "Controlla che il collettore non perda…", "…e abbiamo finito. Pausa caffè?"],
    "es-ES": ["Bienvenidos de nuevo al taller.", "Hoy montamos el nuevo\nadaptador giratorio.",
              "Cuidado: el muelle está en tensión.", "Pásame la pistola 7900 HD, por favor.",
              "Revisa si el colector tiene fugas…", "…y listo. ¿Pausa para el café?"],
    "de-DE": ["Willkommen zurück in der Werkstatt.", "Heute montieren wir den neuen\nDrehadapter.",
              "Vorsicht: Die Feder steht unter Spannung.", "Gib mir bitte die 7900-HD-Pistole.",
              "Prüf den Verteiler auf Lecks…", "…und fertig. Kaffeepause?"],
    "pt-BR": ["Bem-vindos de volta à oficina.", "Hoje vamos montar o novo\nadaptador giratório.",
              "Cuidado: a mola está sob tensão.", "Me passa a pistola 7900 HD, por favor.",
              "Verifique se o coletor está vazando…", "…e pronto. Pausa para o café?"],
    "ar-SA": ["مرحبًا بعودتكم إلى الورشة.", "اليوم نركّب المحوّل\nالدوّار الجديد.",
              "انتبه: النابض مشدود.", "ناولني مسدس 7900 HD من فضلك.",
              "افحص المشعب بحثًا عن تسرّب…", "…وانتهينا. استراحة قهوة؟"],
    "ja-JP": ["工房へおかえりなさい。", "今日は新しい\nスイベルアダプターを取り付けます。",
              "注意：スプリングに張力がかかっています。", "7900 HDガンを取ってください。",
              "マニホールドの漏れを確認して…", "…完了です。コーヒー休憩にしましょう。"],
    "sk-SK": ["Vitajte späť v dielni.", "Dnes montujeme nový\notočný adaptér.",
              "Pozor: pružina je napnutá.", "Podaj mi, prosím, pištoľ 7900 HD.",
              "Skontroluj, či rozdeľovač netesní…", "…a hotovo. Prestávka na kávu?"],
}

_SUBJECTS = ["Hose Reel Maintenance", "Spray Gun Basics", "Manifold Inspection", "Pump Priming",
             "Safety Briefing", "Customer Onboarding", "Product Launch", "Quarterly Update",
             "Field Repair", "Coating Techniques", "Filter Replacement", "Pressure Testing"]
_KINDS = ["Part", "Episode", "Module", "Lesson", "Clip"]


def iso(moment: datetime | float) -> str:
    if not isinstance(moment, datetime):
        moment = datetime.fromtimestamp(moment, timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def demo_resources(root: Path | None = None) -> tuple[Path | None, Path | None]:
    """The demo MP4 and its SRT from ``resources/demo`` (project root, or packaged)."""
    here = Path(__file__).resolve()
    roots = [root] if root is not None else [here.parents[2] / "resources" / "demo",
                                             here.parents[1] / "resources" / "demo"]
    videos: list[Path] = []
    for candidate in roots:
        if candidate.is_dir():
            videos = sorted(candidate.glob("*.mp4"))
            if videos:
                root = candidate
                break
    if not videos:
        return None, None
    srt = videos[0].with_suffix(".srt")
    if not srt.is_file():
        srts = sorted(root.glob("*.srt"))
        srt = srts[0] if srts else None  # type: ignore[assignment]
    return videos[0], srt


@dataclass
class Track:
    """One language of one media: its cues (start ms, end ms, text) and version history."""

    track_id: str
    media_id: str
    language_id: str
    type: str  # CAPTION or TRANSLATION
    cues: list[tuple[int, int, str]] = field(default_factory=list)
    version: int = 0
    comment: str | None = None
    created_at: str | None = None
    source_track_id: str | None = None


def _tag(tag_id: str, name: str, color: int, hex_: str) -> dict[str, Any]:
    return {"tagId": tag_id, "name": name, "color": str(color), "textColor": "16777215",
            "workflow": False, "colorHex": hex_, "textColorHex": "#FFFFFF"}


TAGS = {t["name"]: t for t in (
    _tag("1", "Medical", 7766927, "#76838F"), _tag("2", "Technical", 14043467, "#D6494B"),
    _tag("3", "Kaltura", 3507146, "#3583CA"), _tag("7", "Tag One", 10407527, "#9ECE67"),
    _tag("8", "Tag Two", 4700358, "#47B8C6"),
)}


class DotsubState:
    """Everything the emulator serves. Build once per emulator; ``seed`` fixes the data."""

    def __init__(self, *, seed: int = 3, media_count: int = 120, clock: Any = time.time,
                 demo_video: Path | None = None, demo_srt: Path | None = None) -> None:
        self.demo_video, self.demo_srt = demo_video, demo_srt
        self.lock = threading.RLock()
        self.clock = clock
        self.languages = LANGUAGES
        self.organization = {"id": ORGANIZATION_ID, "name": ORGANIZATION_NAME,
                             "timezone": "America/New_York", "userRole": None,
                             "taskReassignmentTimeout": 0, "webhook": None, "webhookUsername": None,
                             "webhookPasswordEdit": None, "lineFeed": "LF"}
        self.users: dict[str, dict[str, Any]] = {}
        self.workflows: dict[str, dict[str, Any]] = {}
        self.projects: dict[str, dict[str, Any]] = {}
        self.specs: dict[str, dict[str, Any]] = {}
        self.glossaries: dict[str, dict[str, Any]] = {}
        self.media: dict[str, dict[str, Any]] = {}
        self.tasks: dict[str, dict[str, Any]] = {}
        self.tracks: dict[tuple[str, str], Track] = {}
        #: media id -> storage key of its uploaded or seeded video
        self.video_keys: dict[str, str] = {}
        self.deleted_media: set[str] = set()
        self._next = 1000
        self._build(random.Random(seed), media_count)

    def next_id(self) -> str:
        with self.lock:
            self._next += 1
            return str(self._next)

    # ------------------------------------------------------------------ seeding

    def _build(self, rng: random.Random, media_count: int) -> None:
        now = datetime.fromtimestamp(self.clock(), timezone.utc).replace(minute=0, second=0, microsecond=0)
        people = [("5", "Dotsub Admin", "Admin", "admin"), ("6", "Dotsub Manager", "Manager", "manager"),
                  ("8", "Jimmy", "Translator", "translator"), ("14", "Sally", "Translator", "translator2"),
                  ("15", "Amira", "Haddad", "amira.haddad"), ("16", "Élodie", "Marchand", "elodie"),
                  ("17", "Kenji", "Sato", "kenji.sato"), ("18", "Lucía", "Fernández", "lucia"),
                  ("19", "Marco", "Bianchi", "marco"), ("20", "Rita", "Reviewer", "rita")]
        for i, (uid, first, last, mail) in enumerate(people):
            email = f"{mail}@dotsub-test.com"
            self.users[uid] = {
                "userId": uid, "firstname": first, "lastname": last, "email": email,
                "timezone": "America/Los_Angeles", "displayName": f"{first} {last}",
                "systemAdmin": False,
                "lastActive": iso(now - timedelta(hours=3 * i + 1)) if i % 4 else None,
                "selectedAssigneeUser": {
                    "id": f"assignee-{uid}", "name": f"{last}, {first}", "type": "USER", "shared": False,
                    "organizationId": ORGANIZATION_ID, "createdDate": "2022-04-11T12:29:22Z",
                    "email": email, "userId": uid, "users": None, "active": True, "tags": [],
                    "roles": None, "acceptLimit": 0},
                "assigneeUsers": None,
                "_skills": [("CAPTION", "en-US", "en-US")] if uid in ("8", "14") else
                           [("TRANSLATION", "en-US", {"15": "ar-SA", "16": "fr-FR", "17": "ja-JP",
                                                      "18": "es-ES", "19": "it-IT"}.get(uid, "de-DE"))],
            }
        workflow_names = ["Caption and Translate", "Caption Only", "Translate and Review",
                          "Full Localization", "Machine First"]
        for i, name in enumerate(workflow_names, start=1):
            self.workflows[str(i)] = {
                "id": str(i), "createdDate": iso(now - timedelta(days=400 - i * 30)),
                "modifiedDate": iso(now - timedelta(days=100 - i * 10)), "organizationId": ORGANIZATION_ID,
                "organizationName": ORGANIZATION_NAME, "latestVersion": str(i % 3),
                "useDefaultTaskAssignments": True, "workflowName": name, "projectToAddInto": None}
        project_defs = [
            ("1", "Training Videos", "1", ["fr-FR", "it-IT", "es-ES"], ["fr-FR"], "en-US", ["Technical"]),
            ("2", "Product Marketing", "4", ["de-DE", "ja-JP", "pt-BR", "ar-SA"], ["ja-JP", "ar-SA"],
             "en-US", ["Tag One"]),
            ("3", "Medical Onboarding", "3", ["es-ES", "fr-FR"], ["es-ES"], "en-US", ["Medical"]),
            ("4", "Middle East Region", "1", ["en-US", "fr-FR"], ["en-US"], "ar-SA", ["Tag Two"]),
            ("5", "Archive Captioning", "2", [], [], "en-US", ["Kaltura"]),
        ]
        for pid, name, wf, trans, review, fallback, tags in project_defs:
            self.projects[pid] = {
                "projectId": pid, "name": name,
                "client": {"clientId": "1", "name": "Client 1", "organizationId": None,
                           "vendorOrganization": dict(self.organization), "clientOrganization": None,
                           "active": True, "activationToken": None},
                "tags": [TAGS[t] for t in tags], "organizationId": ORGANIZATION_ID,
                "organizationName": ORGANIZATION_NAME, "defaultWorkflowId": wf,
                "defaultWorkflowName": self.workflows[wf]["workflowName"], "copyDefaultWorkflow": False,
                "priceSheetId": "1", "translationLanguages": [LANGUAGES[x] for x in trans],
                "reviewLanguages": [LANGUAGES[x] for x in review],
                "fallbackMediaLanguage": LANGUAGES[fallback], "mediaChunkSeconds": None}
        spec_id = 0
        for pid in self.projects:
            spec_id += 1
            self.specs[str(spec_id)] = self._spec(str(spec_id), pid, None, 2, 42, 1000, 7000, 20,
                                                  "Netflix-style defaults. **Italics** for off-screen voices.")
        for pid, lang, lines, chars, cps in (("1", "fr-FR", 2, 42, 17), ("2", "ja-JP", 2, 30, 13),
                                             ("2", "ar-SA", 2, 42, 17), ("3", "es-ES", 2, 42, 17),
                                             ("4", "en-US", 2, 42, 20)):
            spec_id += 1
            self.specs[str(spec_id)] = self._spec(str(spec_id), pid, lang, lines, chars, 1000, 7000, cps,
                                                  f"{LANGUAGES[lang]['name']} house style")
        gid = 0
        for pid, project in self.projects.items():
            for n, default in ((1, True), (2, False)):
                gid += 1
                created = now - timedelta(days=200 - gid * 7)
                self.glossaries[str(gid)] = {
                    "id": str(gid), "name": f"{project['name']} Glossary {n}",
                    "createdDate": iso(created), "createdBy": {
                        "id": "5", "name": "Dotsub Admin Admin", "email": "admin@dotsub-test.com",
                        "timezone": "America/Los_Angeles"},
                    "csvUpdatedDate": iso(created + timedelta(days=3)) if default else None,
                    "projectDefault": default, "_projectId": pid,
                    "_csv": "en-US,fr-FR,es-ES\nswivel,pivot,giratorio\nmanifold,collecteur,colector\n"}
        task_id = 0
        video, srt = self.demo_video, self.demo_srt
        for n in range(1, media_count + 1):
            mid = str(n)
            pid = str((n - 1) % len(project_defs) + 1)
            project = self.projects[pid]
            subject = _SUBJECTS[(n * 7) % len(_SUBJECTS)]
            title = f"{subject} {_KINDS[n % len(_KINDS)]} {n}"
            source = project["fallbackMediaLanguage"]["id"]
            if n % 17 == 0:
                source = "es-ES"
            created = now - timedelta(days=(media_count - n) * 2 + 1, hours=n % 11)
            if n % 23 == 0:
                upload_status, percentage = "ERROR", 37
            elif n > media_count - 6:
                upload_status, percentage = ("IN_QUEUE", 0) if n % 2 else ("UPLOADING", 40 + n % 50)
            else:
                upload_status, percentage = "COMPLETE", 100
            encoded = upload_status == "COMPLETE"
            length = 30000 + (n * 7919) % 600000
            trans = [x["id"] for x in project["translationLanguages"] if x["id"] != source]
            review = [x["id"] for x in project["reviewLanguages"] if x["id"] in trans or x["id"] == source]
            media = self.new_media_record(
                mid, title=title, project_id=pid, file_name=f"{subject.upper().replace(' ', '-')}-{n}.mp4",
                description=f"{subject}, recorded for {project['name']}.", language_id=source,
                translation=trans, review=review, tags=[t["name"] for t in project["tags"]],
                created=iso(created), workflow_id=project["defaultWorkflowId"])
            media["notes"] = ("Keep product names in English. [Style guide](https://example.invalid/style)"
                              if n % 5 == 0 else None)
            media["externalId"] = f"ext-{100000 + n}" if n % 3 == 0 else None
            media["metadata"].update({"length": length if encoded else None, "visible": n % 4 != 0,
                                      "width": 1920 if encoded else None, "height": 1080 if encoded else None,
                                      "uploaderUserId": "6"})
            detail = media["uploadDetail"]
            detail.update({"id": mid, "start": iso(created), "status": upload_status,
                           "percentage": percentage, "origin": "DISK",
                           "finish": iso(created + timedelta(minutes=12)) if encoded else None,
                           "errorMessage": "Upload interrupted by the client" if upload_status == "ERROR" else None})
            if upload_status in ("IN_QUEUE", "UPLOADING"):
                detail["uploadUpdateToken"] = f"seed-upload-token-{mid}"
            if encoded:
                media["encodedMedia"].update({
                    "originalLengthInMilliseconds": length, "encodedLengthInMilliseconds": length,
                    "mp4Url": "asset:video" if video else None,
                    "thumbnailUrl": f"asset:thumb/{mid}.png", "gifUrl": None})
            self.media[mid] = media
            if not encoded:
                continue
            # Tracks and tasks: the source caption, then translations and reviews.
            source_cues = self._script(source, srt)
            caption_done = n % 4 != 1
            src_track = self.add_track(mid, source, "CAPTION", source_cues if caption_done or n % 8 == 5 else [],
                                       created=iso(created + timedelta(hours=2)))
            task_id += 1
            self._task(str(task_id), media, "TASK_CAPTION", source, now, n, completed=caption_done,
                       track=src_track, assignee="8" if n % 2 else "14")
            if not caption_done:
                continue
            for k, lang in enumerate(trans):
                done = (n + k) % 3 == 0
                track = self.add_track(mid, lang, "TRANSLATION",
                                       self._script(lang, None) if done or (n + k) % 5 == 0 else [],
                                       created=iso(created + timedelta(days=1)), source=src_track.track_id)
                task_id += 1
                ttype = ("TASK_TRANSLATE", "TASK_DIRECT_TRANSLATE", "TASK_PIVOT_TRANSLATE",
                         "TASK_POST_EDITING")[(n + k) % 4]
                assignee = {"ar-SA": "15", "fr-FR": "16", "ja-JP": "17", "es-ES": "18",
                            "it-IT": "19"}.get(lang, "14")
                self._task(str(task_id), media, ttype, lang, now, n + k, completed=done, track=track,
                           assignee=assignee, source_track=src_track)
                if lang in review and done:
                    task_id += 1
                    self._task(str(task_id), media, "TASK_REVIEW" if k % 2 == 0 else "TASK_PROOF_READING",
                               lang, now, n + k + 1, completed=(n + k) % 6 == 0, track=track, assignee="20",
                               source_track=src_track)
            extra = ("TASK_CUSTOM", "TASK_SIGN_OFF", "TASK_BURN_IN", "TASK_PUSH", "TASK_TEXT_TO_SPEECH")
            if n % 6 == 0:
                task_id += 1
                ttype = extra[(n // 6) % len(extra)]
                assignee = {"TASK_BURN_IN": None, "TASK_PUSH": None, "TASK_TEXT_TO_SPEECH": None}.get(ttype, "6")
                self._task(str(task_id), media, ttype, source, now, n + 2, completed=n % 12 == 0,
                           track=src_track, assignee=assignee)
        self._next = 10000
        self.refresh_subtitled()

    @staticmethod
    def _spec(sid: str, pid: str, lang: str | None, lines: int, chars: int, min_ms: int, max_ms: int,
              cps: int, comments: str) -> dict[str, Any]:
        return {"subtitleSpecificationId": sid, "projectId": pid, "projectDefault": lang is None,
                "languageId": lang, "languageName": LANGUAGES[lang]["name"] if lang else None,
                "enabled": True, "spokenAudio": True, "audioDescription": lang is None,
                "onScreenText": True, "speakerIdentification": "NONE" if lang else "FULLNAME",
                "dialogueStyle": "LINE_BREAKS" if lang else "DOUBLE_CHEVRON",
                "maxLinesPerCaption": lines, "maxCharactersPerLine": chars,
                "minCaptionDurationInMillis": min_ms, "maxCaptionDurationInMillis": max_ms,
                "maxCharactersPerSecondPerCaption": cps, "comments": comments, "mediaNotes": None}

    @staticmethod
    def _script(language: str, srt: Path | None) -> list[tuple[int, int, str]]:
        if srt is not None and language == "en-US":
            cues = _read_srt(srt)
            if cues:
                return cues
        lines = _DIALOG.get(language, _DIALOG["en-US"])
        return [(start, end, text) for (start, end), text in zip(_TIMES, lines)]

    def _task(self, tid: str, media: dict[str, Any], ttype: str, lang: str, now: datetime, n: int, *,
              completed: bool, track: Track, assignee: str | None,
              source_track: Track | None = None) -> dict[str, Any]:
        created = datetime.strptime(media["createdDate"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        # Due dates: a spread of overdue, due within the day, and later.
        due_offsets = [timedelta(days=-3), timedelta(hours=-5), timedelta(hours=6), timedelta(hours=20),
                       timedelta(days=2), timedelta(days=5), timedelta(days=9)]
        due = now + due_offsets[n % len(due_offsets)]
        accepted = completed or (assignee is not None and (n * 7) % 5 > 1)
        user = self.users.get(assignee or "")
        auto = {"TASK_BURN_IN": "BURN_IN", "TASK_PUSH": "NONE", "TASK_TEXT_TO_SPEECH": "TTS"}
        assignee_type = auto.get(ttype, "USER" if user else "GROUP")
        if not user and assignee_type == "GROUP":
            assignee_name = f"{LANGUAGES[lang]['name']} linguists"
        else:
            assignee_name = f"{user['lastname']}, {user['firstname']}" if user else None
        project = self.projects[media["projectId"]]
        length = media["metadata"]["length"] or 0
        task = {
            "id": tid, "assigneeId": assignee, "assigneeType": assignee_type, "assigneeName": assignee_name,
            "assigneeEmail": user["email"] if user else None, "assigneeTags": None,
            "createdDate": iso(created + timedelta(hours=1)), "dueDate": iso(due),
            "projectId": project["projectId"], "projectName": project["name"], "completed": completed,
            "completionDate": iso(min(due, now) - timedelta(hours=2)) if completed else None,
            "accepted": accepted, "type": ttype, "mediaTitle": media["title"],
            "mediaDescription": media["description"], "mediaFilename": media["fileName"],
            "mediaChunkIndex": None, "mediaId": media["mediaId"], "mediaExternalId": media["externalId"],
            "mediaState": None, "mediaDeletedDate": None, "mediaClientCustomerName": None,
            "relatedTrackType": track.type, "trackId": track.track_id,
            "trackCurrentVersionId": str(track.version) if track.version else None,
            "trackCompletionPercentage": "100" if completed else str((n * 13) % 90),
            "sourceTrackLanguageId": source_track.language_id if source_track else media["language"]["id"],
            "sourceTrackLanguageName": LANGUAGES[source_track.language_id if source_track
                                                 else media["language"]["id"]]["name"],
            "sourceTrackCurrentVersionId": str(source_track.version) if source_track else None,
            "sourceTrackSourceTrackId": None, "languageId": lang, "languageName": LANGUAGES[lang]["name"],
            "description": None, "sourceTrackId": source_track.track_id if source_track else None,
            "trackReviewId": None, "organizationId": ORGANIZATION_ID, "organizationName": ORGANIZATION_NAME,
            "originAssigneeId": None, "originAssigneeType": None, "totalCost": round(length / 60000 * 1.5, 2),
            "totalPrice": None, "invoiced": False, "paid": False, "length": str(length),
            "lengthSeconds": length / 1000, "lengthFormatted": _hms(length), "deletable": True,
            "openUri": f"/tasks/{tid}?open", "tags": [], "mediaTags": list(media["tags"]), "pvmRate": None,
            "errored": False, "errorMessage": None, "vendorOrganizationId": None,
            "vendorOrganizationName": None, "clientOrganizationId": None, "clientOrganizationName": None,
            "sharedHeadTaskId": None, "sharedIndex": None, "taskGroupCreatedDate": media["createdDate"],
            "state": None, "manuallyCreated": None, "estimate": False, "lastUpdatedTrackTime": None,
        }
        if ttype == "TASK_BURN_IN" and n % 4 == 0 and not completed:
            task["errored"], task["errorMessage"] = True, "Burn-in failed: font for ar-SA missing"
        self.tasks[tid] = task
        media["hasTasks"] = True
        return task

    # ------------------------------------------------------------------ records

    def new_media_record(self, mid: str, *, title: str, project_id: str, file_name: str,
                         description: str | None, language_id: str, translation: list[str],
                         review: list[str], tags: list[str], created: str,
                         workflow_id: str | None) -> dict[str, Any]:
        project = self.projects[project_id]
        workflow = self.workflows.get(workflow_id or "")
        return {
            "mediaId": mid, "title": title, "projectId": project_id, "projectName": project["name"],
            "workflowName": workflow["workflowName"] if workflow else None, "clientId": "1",
            "clientName": "Client 1", "description": description, "webhook": None, "notes": None,
            "errorMessage": None, "mediaState": None, "createdDate": created,
            "workflowId": workflow_id if workflow else None, "workflowTemplateOutdated": None,
            "organizationId": ORGANIZATION_ID, "organizationName": ORGANIZATION_NAME, "externalId": None,
            "fileName": file_name, "language": LANGUAGES[language_id],
            "reviewLanguages": [LANGUAGES[x] for x in sorted(set(review))],
            "translationLanguages": [LANGUAGES[x] for x in sorted(set(translation))],
            "subtitledLanguageIds": None, "tags": [TAGS.get(t) or _tag(str(100 + len(t)), t, 7766927, "#76838F")
                                                   for t in tags],
            "uploadDetail": {"id": mid, "start": created, "finish": None, "origin": "DISK",
                             "status": "IN_QUEUE", "percentage": 0, "errorMessage": None,
                             "rawFileStorageUrl": None, "ovp": None, "uploadUpdateToken": None},
            "encodedMedia": {"id": mid, "mp4Url": None, "rawS3Mp4Url": None, "mp4HdUrl": None,
                             "gifUrl": None, "thumbnailUrl": None, "waveformUrl": None, "error": None,
                             "originalLengthInMilliseconds": None, "encodedLengthInMilliseconds": None,
                             "reprocessWith": None},
            "externalReferences": [],
            "metadata": {"type": "AUDIO" if file_name.lower().endswith((".wav", ".mp3", ".m4a")) else "VIDEO",
                         "length": None, "width": None, "height": None, "visible": True,
                         "uploaderUserId": API_USER_ID, "signedUrl": None},
            "chunkParentMediaId": None, "chunkIndex": None, "chunkStart": None, "chunkEnd": None,
            "mediaChunkIds": None, "estimate": False, "estimatedLength": None, "estimatedTasks": None,
            "clientCustomerName": None, "importUrl": None, "s3Upload": False, "hasTasks": False,
        }

    def add_track(self, media_id: str, language_id: str, type_: str, cues: list[tuple[int, int, str]], *,
                  created: str, source: str | None = None) -> Track:
        track = Track(track_id=self.next_id(), media_id=media_id, language_id=language_id, type=type_,
                      cues=list(cues), version=1 if cues else 0, created_at=created,
                      comment="Seeded" if cues else None, source_track_id=source)
        self.tracks[(media_id, language_id)] = track
        return track

    def refresh_subtitled(self, media_id: str | None = None) -> None:
        """``subtitledLanguageIds``: languages whose every task is completed and that have cues."""
        with self.lock:
            ids = [media_id] if media_id else list(self.media)
            for mid in ids:
                media = self.media.get(mid)
                if media is None:
                    continue
                done = []
                for (tmid, lang), track in self.tracks.items():
                    if tmid != mid or not track.cues:
                        continue
                    tasks = [t for t in self.tasks.values() if t["mediaId"] == mid and t["languageId"] == lang]
                    if all(t["completed"] for t in tasks):
                        done.append(lang)
                media["subtitledLanguageIds"] = sorted(done) or None

    def languages_of(self, media_id: str) -> set[str]:
        """Languages that exist for the media now (per the workflow: translations appear once the
        caption task is completed)."""
        return {lang for (mid, lang) in self.tracks if mid == media_id}

    def user_name(self, user_id: str) -> str | None:
        user = self.users.get(user_id)
        return f"{user['lastname']}, {user['firstname']}" if user else None


def _hms(ms: int) -> str:
    s = ms // 1000
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"


def _read_srt(path: Path) -> list[tuple[int, int, str]]:
    import re

    text = path.read_text("utf-8-sig", errors="replace").replace("\r\n", "\n")
    cues = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.split("\n")
        for i, line in enumerate(lines):
            m = re.match(r"(\d+):(\d\d):(\d\d)[,.](\d{3})\s*-->\s*(\d+):(\d\d):(\d\d)[,.](\d{3})", line)
            if m:
                g = [int(x) for x in m.groups()]
                start = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
                end = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
                cues.append((start, end, "\n".join(lines[i + 1:]).strip()))
                break
    return cues
