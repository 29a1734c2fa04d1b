<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="21" />
        <source>Media, tasks and subtitles in Dotsub VideoTMS; video uploads.</source>
        <translation>Medien, Aufgaben und Untertitel in Dotsub VideoTMS; Video-Uploads.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="22" />
        <source>Subtitle tracks on videos in the DatoCMS Media Area.</source>
        <translation>Untertitelspuren von Videos im DatoCMS-Medienbereich.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="23" />
        <source>Transcription and caption jobs at cielo24.</source>
        <translation>Transkriptions- und Untertitelaufträge bei cielo24.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="41" />
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="102" />
        <source>Set up…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="42" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="60" />
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="89" />
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="95" />
        <source>These are the built-in local demo services on this computer; changes here last for this session only.</source>
        <translation>Dies sind die integrierten lokalen Demodienste auf diesem Computer; Änderungen hier gelten nur für diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="101" />
        <source>Not set up.</source>
        <translation>Nicht eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="102" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="112" />
        <source>Client {client} at {url}</source>
        <translation>Client {client} unter {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="115" />
        <source>API token, {environment} environment, at {url}</source>
        <translation>API-Token, Umgebung {environment}, unter {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="118" />
        <source>API token, primary environment, at {url}</source>
        <translation>API-Token, primäre Umgebung, unter {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="120" />
        <source>User {user} at {url}</source>
        <translation>Benutzer {user} unter {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="122" />
        <source>Set up: {account}.</source>
        <translation>Eingerichtet: {account}.</translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="327" />
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="197" />
        <source>Nothing has run yet. Downloads, uploads and checks appear here.</source>
        <translation>Noch lief nichts. Downloads, Uploads und Prüfungen erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="204" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="205" />
        <source>Copy the selected operation's message</source>
        <translation>Die Meldung des ausgewählten Vorgangs kopieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="207" />
        <source>Running only</source>
        <translation>Nur laufende</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="209" />
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="315" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="212" />
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="214" />
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="258" />
        <source>{operation} failed: {error}</source>
        <translation>{operation} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="260" />
        <source>{operation}: cancelled after {time}.</source>
        <translation>{operation}: abgebrochen nach {time}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="263" />
        <source>{operation}: done in {time}.</source>
        <translation>{operation}: fertig in {time}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="266" />
        <source>{operation}: {detail}</source>
        <translation>{operation}: {detail}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="267" />
        <source>{operation}: working…</source>
        <translation>{operation}: läuft…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="318" />
        <source>Copy message</source>
        <translation>Meldung kopieren</translation>
    </message>
</context>
<context>
    <name>BatchPublishDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="140" />
        <source>Publish a Dotsub media's languages</source>
        <extracomment>The user searched: (title text, may be empty for the most recent media)</extracomment>
        <translation>Sprachen eines Dotsub-Mediums veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="143" />
        <source>Every finished language of the Dotsub media you pick becomes a subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</source>
        <translation>Jede fertige Sprache des gewählten Dotsub-Mediums wird zu einer Untertitelspur von &lt;b&gt;{video}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="148" />
        <source>Dotsub media title</source>
        <translation>Titel des Dotsub-Mediums</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="150" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Finished languages</source>
        <translation>Fertige Sprachen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="172" />
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="180" />
        <source>Languages to publish:</source>
        <translation>Zu veröffentlichende Sprachen:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="199" />
        <source>Searching Dotsub…</source>
        <translation>Dotsub wird durchsucht…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="222" />
        <source>%n media with finished languages (of {total} found; refine the title to see more)</source>
        <translation><numerusform>%n Medium mit fertigen Sprachen (von {total} gefundenen; Titel genauer angeben, um mehr zu sehen)</numerusform><numerusform>%n Medien mit fertigen Sprachen (von {total} gefundenen; Titel genauer angeben, um mehr zu sehen)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="225" />
        <source>%n media with finished languages</source>
        <translation><numerusform>%n Medium mit fertigen Sprachen</numerusform><numerusform>%n Medien mit fertigen Sprachen</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="228" />
        <source>No Dotsub media with finished languages matches; try another title.</source>
        <translation>Kein Dotsub-Medium mit fertigen Sprachen passt; versuchen Sie einen anderen Titel.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../subtitle_desk/ui/runner.py" line="407" />
        <source>{operation} (+{count} more)</source>
        <extracomment>0..1, or None while the amount of work is unknown (indeterminate). True while at least one operation is running (drives the busy indicator). The transfers' CPU priority below the window's (Linux nice): on busy CPUs the window comes first. (name, exception) for every run that ended with an exception other than cancellation. (name) when a run finished successfully. Seconds between two refreshes at most (about ten a second).</extracomment>
        <translation>{operation} (+{count} weitere)</translation>
    </message>
</context>
<context>
    <name>Cielo24Controller</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="101" />
        <source>Loading cielo24 jobs</source>
        <extracomment>The jobs list is loading (True) or done (False). The last list or action failed with this message ("" once things work again). A job's details arrived or changed: (job id) A followed job reached Complete: (job info) A job was created in this session: (job id) Captions were handed to the editor: (WorkSession) Seconds between status checks of a followed job (cielo24 jobs take minutes to days). Caption format fetched to open in the editor.</extracomment>
        <translation>cielo24-Aufträge werden geladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="141" />
        <source>Untitled job</source>
        <translation>Unbenannter Auftrag</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="144" />
        <source>cielo24: new job “{name}”</source>
        <translation>cielo24: neuer Auftrag „{name}“</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="149" />
        <source>cielo24: media for “{name}”</source>
        <translation>cielo24: Medien für „{name}“</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="162" />
        <source>cielo24: following “{name}”</source>
        <translation>cielo24: „{name}“ wird verfolgt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="173" />
        <source>cielo24: mechanical transcription of “{name}”</source>
        <translation>cielo24: maschinelle Transkription von „{name}“</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="175" />
        <source>cielo24: premium transcription of “{name}”</source>
        <translation>cielo24: Premium-Transkription von „{name}“</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="177" />
        <source>cielo24: professional transcription of “{name}”</source>
        <translation>cielo24: professionelle Transkription von „{name}“</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="178" />
        <source>cielo24: {fidelity} transcription of “{name}”</source>
        <translation>cielo24: Transkription ({fidelity}) von „{name}“</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="196" />
        <source>Creating the job</source>
        <translation>Auftrag wird erstellt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="209" />
        <source>Handing cielo24 the media URL</source>
        <translation>Medien-URL wird an cielo24 übergeben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="210" />
        <source>Adding the media URL</source>
        <translation>Medien-URL wird hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="223" />
        <source>Transcription ordered</source>
        <translation>Transkription beauftragt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="223" />
        <source>Media added</source>
        <translation>Medien hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="229" />
        <source>Ordering a mechanical transcription</source>
        <translation>Maschinelle Transkription wird beauftragt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="231" />
        <source>Ordering a premium transcription</source>
        <translation>Premium-Transkription wird beauftragt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="233" />
        <source>Ordering a professional transcription</source>
        <translation>Professionelle Transkription wird beauftragt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="234" />
        <source>Ordering a {fidelity} transcription</source>
        <translation>Transkription ({fidelity}) wird beauftragt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="245" />
        <source>Uploading {name}</source>
        <translation>{name} wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="259" />
        <source>{status}; checking every {seconds} s</source>
        <translation>{status}; Prüfung alle {seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="268" />
        <source>Complete: captions ready</source>
        <translation>Abgeschlossen: Untertitel bereit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="274" />
        <source>Opening cielo24 captions of “{name}”</source>
        <translation>cielo24-Untertitel von „{name}“ werden geöffnet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="309" />
        <source>Uploading {sent} of {total}</source>
        <translation>Hochladen: {sent} von {total}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="312" />
        <source>{text}, {rate}/s</source>
        <translation>{text}, {rate}/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="315" />
        <source>{text}, {seconds} s left</source>
        <translation>{text}, noch {seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="318" />
        <source>{text} (attempt {attempt})</source>
        <translation>{text} (Versuch {attempt})</translation>
    </message>
</context>
<context>
    <name>Cielo24Page</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="33" />
        <source>&lt;h3&gt;cielo24 is not set up&lt;/h3&gt;&lt;p&gt;Set up cielo24 in Settings: add your cielo24 username and an API key (securekey) or password.&lt;/p&gt;&lt;p&gt;Then this page lists your transcription jobs and sends new media.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cielo24 ist nicht eingerichtet&lt;/h3&gt;&lt;p&gt;Richten Sie cielo24 in den Einstellungen ein: Geben Sie Ihren cielo24-Benutzernamen und einen API-Schlüssel (securekey) oder ein Passwort an.&lt;/p&gt;&lt;p&gt;Danach listet diese Seite Ihre Transkriptionsaufträge auf und sendet neue Medien.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="67" />
        <source>New job…</source>
        <extracomment>The dialog while open (tests reach it here).</extracomment>
        <translation>Neuer Auftrag…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="69" />
        <source>Add media…</source>
        <translation>Medien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="71" />
        <source>Request transcription…</source>
        <translation>Transkription anfordern…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="73" />
        <source>Open captions in editor</source>
        <translation>Untertitel im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="75" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="86" />
        <source>Loading jobs…</source>
        <translation>Aufträge werden geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="104" />
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="232" />
        <source>Choose a job</source>
        <translation>Wählen Sie einen Auftrag</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="110" />
        <source>Job ID:</source>
        <translation>Auftrags-ID:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="110" />
        <source>External ID:</source>
        <translation>Externe ID:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="111" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="111" />
        <source>Fidelity:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="112" />
        <source>Turnaround:</source>
        <translation>Bearbeitungszeit:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="112" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="113" />
        <source>Media length:</source>
        <translation>Medienlänge:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="113" />
        <source>Media:</source>
        <translation>Medien:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="114" />
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="114" />
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="115" />
        <source>Completed:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="115" />
        <source>This session:</source>
        <translation>Diese Sitzung:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="180" />
        <source>The jobs could not be loaded (see the message above).</source>
        <translation>Die Aufträge konnten nicht geladen werden (siehe Meldung oben).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="182" />
        <source>No cielo24 jobs yet.
Click “New job…” to send a video or audio file (or its URL) for transcription.</source>
        <translation>Noch keine cielo24-Aufträge.
Klicken Sie auf „Neuer Auftrag…“, um eine Video- oder Audiodatei (oder ihre URL) zur Transkription zu senden.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="244" />
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="245" />
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="248" />
        <source>following</source>
        <translation>wird verfolgt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="307" />
        <source>cielo24: “{name}” is complete; its captions can be opened in the editor</source>
        <translation>cielo24: „{name}“ ist abgeschlossen; die Untertitel können im Editor geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="322" />
        <source>The captions are ready: open them in the editor to review and fix them.</source>
        <translation>Die Untertitel sind fertig: Öffnen Sie sie im Editor, um sie zu prüfen und zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="325" />
        <source>cielo24 could not use this job's media. Create a new job with a playable file (MP4, MOV, WAV, MP3 …).</source>
        <translation>cielo24 konnte die Medien dieses Auftrags nicht verwenden. Erstellen Sie einen neuen Auftrag mit einer abspielbaren Datei (MP4, MOV, WAV, MP3 …).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="330" />
        <source>This job is waiting for media: add a local file or a URL.</source>
        <translation>Dieser Auftrag wartet auf Medien: Fügen Sie eine lokale Datei oder eine URL hinzu.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="333" />
        <source>The media arrived: request a transcription (fidelity and turnaround).</source>
        <translation>Die Medien sind angekommen: Fordern Sie eine Transkription an (Genauigkeit und Bearbeitungszeit).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="339" />
        <source>cielo24 is working on it; due {due}.</source>
        <translation>cielo24 bearbeitet den Auftrag; fällig am {due}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="340" />
        <source>cielo24 is working on it.</source>
        <translation>cielo24 bearbeitet den Auftrag.</translation>
    </message>
</context>
<context>
    <name>Cielo24SettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="308" />
        <source>Your cielo24 username and an API key (Account → API access), or your password. The API key is used when both are set.</source>
        <translation>Ihr cielo24-Benutzername und ein API-Schlüssel (Konto → API-Zugriff) oder Ihr Passwort. Sind beide angegeben, wird der API-Schlüssel verwendet.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="314" />
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="315" />
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="316" />
        <source>or password</source>
        <translation>oder Passwort</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="318" />
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="75" />
        <source>Setup</source>
        <extracomment>The user chose to try the desk on the built-in local services (first-start offer).</extracomment>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="79" />
        <source>{service} account…</source>
        <translation>{service}-Konto…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="83" />
        <source>&amp;Accounts (Setup page)</source>
        <translation>&amp;Konten (Seite Einrichtung)</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="93" />
        <source>Testing the {service} connection</source>
        <extracomment>The origin of a test of the settings in use (not a dialog's draft). The secrets each service's dialog edits (SecretStore keys). Cached login tokens that belong to the old credentials once they change. (service, ok, message, origin): the service's own answer to a connection test started by ``origin`` ("saved" for the settings in use, else the dialog that tested its draft). (service): new settings or secrets were saved and are in use. The last test of the settings in use, per service: (ok, message).</extracomment>
        <translation>Verbindung zu {service} wird getestet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="115" />
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="116" />
        <source>Connected to Dotsub: organization {organization}, {projects}, {languages} ({names}).</source>
        <translation>Mit Dotsub verbunden: Organisation {organization}, {projects}, {languages} ({names}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="118" />
        <source>%n project(s)</source>
        <translation><numerusform>%n Projekt</numerusform><numerusform>%n Projekte</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="119" />
        <source>%n language(s)</source>
        <translation><numerusform>%n Sprache</numerusform><numerusform>%n Sprachen</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="122" />
        <source>primary environment</source>
        <translation>primäre Umgebung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="123" />
        <source>Connected to DatoCMS ({environment}): {uploads} in the Media Area.</source>
        <translation>Mit DatoCMS verbunden ({environment}): {uploads} im Medienbereich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="124" />
        <source>%n upload(s)</source>
        <translation><numerusform>%n Upload</numerusform><numerusform>%n Uploads</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="129" />
        <source>Connected to cielo24 as {user}: {jobs} in the account.</source>
        <translation>Mit cielo24 als {user} verbunden: {jobs} im Konto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="130" />
        <source>%n job(s)</source>
        <translation><numerusform>%n Auftrag</numerusform><numerusform>%n Aufträge</numerusform></translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="125" />
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="203" />
        <source>No cue selected</source>
        <extracomment>the context menu is about to open at this position: the pane fills it (row, new text) on every keystroke in the text box. (row, start ms, end ms) when a typed time is accepted. the user finished a typing session (focus left the text box). a message for the status bar (e.g. why a typed time was refused). "Add to dictionary" / "Ignore" on a misspelled word: (word) The language's direction, for cues with no strongly directional text yet (an empty new cue in an Arabic translation is typed right to left). Set by the workspace.</extracomment>
        <translation>Kein Untertitel ausgewählt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="140" />
        <source>Type H:MM:SS.mmm, MM:SS.mmm, SRT's 00:00:01,000 or seconds; Enter applies</source>
        <translation>H:MM:SS.mmm, MM:SS.mmm, SRTs 00:00:01,000 oder Sekunden eingeben; Eingabe übernimmt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="147" />
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="148" />
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="149" />
        <source>D&amp;uration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="154" />
        <source>Cue text (Enter for a new line)</source>
        <translation>Untertiteltext (Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="210" />
        <source>Cue {number}</source>
        <translation>Untertitel {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="296" />
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="299" />
        <source>Add “{word}” to dictionary</source>
        <translation>„{word}“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="302" />
        <source>Ignore “{word}”</source>
        <translation>„{word}“ ignorieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="371" />
        <source>The end time must not be before the start time</source>
        <translation>Die Endzeit darf nicht vor der Anfangszeit liegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>%n Zeile, Zeichen pro Zeile: {lengths}    Z/s: {cps}    Dauer: {duration} s</numerusform><numerusform>%n Zeilen, Zeichen pro Zeile: {lengths}    Z/s: {cps}    Dauer: {duration} s</numerusform></translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="69" />
        <source>Start</source>
        <extracomment>Shown in place of a line break in the one-line table view.</extracomment>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="69" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="70" />
        <source>Dur.</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="70" />
        <source>CPS</source>
        <translation>Z/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="71" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="71" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="72" />
        <source>QC</source>
        <translation>QC</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="73" />
        <source>Cue number</source>
        <translation>Untertitelnummer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="74" />
        <source>Start time (H:MM:SS.mmm)</source>
        <translation>Anfangszeit (H:MM:SS.mmm)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="75" />
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="76" />
        <source>Duration in seconds</source>
        <translation>Dauer in Sekunden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="77" />
        <source>Characters per second (reading speed)</source>
        <translation>Zeichen pro Sekunde (Lesegeschwindigkeit)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="78" />
        <source>The source cues this cue overlaps in time (read-only)</source>
        <translation>Die Quell-Untertitel, mit denen sich dieser zeitlich überschneidet (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="79" />
        <source>Cue text; ⏎ marks a line break</source>
        <translation>Untertiteltext; ⏎ markiert einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="80" />
        <source>Quality-check problems</source>
        <translation>Probleme der Qualitätsprüfung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="346" />
        <source>{text}

(kept as in the source)</source>
        <extracomment>Which QC rules colour which column (rule ids from core.qc).</extracomment>
        <translation>{text}

(wie in der Quelle belassen)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="348" />
        <source>{text}

(not translated yet)</source>
        <translation>{text}

(noch nicht übersetzt)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="349" />
        <source>(not translated yet)</source>
        <translation>(noch nicht übersetzt)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="352" />
        <source>(no source cue at this time)</source>
        <translation>(kein Quell-Untertitel zu dieser Zeit)</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="135" />
        <source>Open a subtitle file (Ctrl+O) or drop one here
SRT · WebVTT · TTML/DFXP · SSA/ASS</source>
        <extracomment>How many files File ▸ Open Recent lists. Columns the user hid (the source column also hides without a source). Shown over the empty table.</extracomment>
        <translation>Eine Untertiteldatei öffnen (Strg+O) oder hier ablegen
SRT · WebVTT · TTML/DFXP · SSA/ASS</translation>
    </message>
</context>
<context>
    <name>DatoCMS</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="42" />
        <source>Dato&amp;CMS</source>
        <translation>Dato&amp;CMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="43" />
        <source>&amp;Videos and tracks</source>
        <translation>&amp;Videos und Spuren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="44" />
        <source>&amp;Publish open subtitles…</source>
        <translation>Geöffnete Untertitel &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="46" />
        <source>Publish a &amp;Dotsub media's languages…</source>
        <translation>Die Sprachen eines &amp;Dotsub-Mediums veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="48" />
        <source>&amp;Generate subtitles…</source>
        <translation>Untertitel &amp;erzeugen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="50" />
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>DatocmsController</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="99" />
        <source>Loading DatoCMS videos</source>
        <extracomment>The uploads list is loading (True) or done (False). The uploads list failed with the service's message ("" once it loads again). A job started (JobEntry), so the page can reveal the jobs table. A job ended, whatever its outcome (JobEntry). The Dotsub organization's languages arrived (list of language records). The Dotsub organization's languages once loaded (None: not loaded or no Dotsub).</extracomment>
        <translation>DatoCMS-Videos werden geladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="232" />
        <source>Publish {language}</source>
        <translation>{language} veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="234" />
        <source>Publishing {language} to {video}</source>
        <translation>{language} wird in {video} veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="266" />
        <source>Publish from Dotsub “{title}” {language}</source>
        <translation>{language} aus Dotsub „{title}“ veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="270" />
        <source>Publishing {title} · {language} to {video}</source>
        <translation>{title} · {language} wird in {video} veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="290" />
        <source>Generate {language}</source>
        <translation>{language} generieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="292" />
        <source>Generating {language} subtitles for {video}</source>
        <translation>Untertitel ({language}) für {video} werden generiert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="302" />
        <source>Delete {track}</source>
        <translation>{track} löschen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="310" />
        <source>Deleting {track} from {video}</source>
        <translation>{track} wird aus {video} gelöscht</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="342" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="350" />
        <source>Unexpected error (see the error report)</source>
        <translation>Unerwarteter Fehler (siehe Fehlerbericht)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="355" />
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="357" />
        <source>DatoCMS could not prepare the track</source>
        <translation>DatoCMS konnte die Spur nicht vorbereiten</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="358" />
        <source>Errored</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="362" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>DatocmsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="40" />
        <source>&lt;h3&gt;DatoCMS is not set up&lt;/h3&gt;&lt;p&gt;Set up DatoCMS in Settings: add the project's API token (and its environment, if you publish to a sandbox).&lt;/p&gt;&lt;p&gt;Then this page lists the project's videos and their subtitle tracks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DatoCMS ist nicht eingerichtet&lt;/h3&gt;&lt;p&gt;Richten Sie DatoCMS in den Einstellungen ein: Tragen Sie das API-Token des Projekts ein (und seine Umgebung, wenn Sie in eine Sandbox veröffentlichen).&lt;/p&gt;&lt;p&gt;Danach listet diese Seite die Videos des Projekts und ihre Untertitelspuren auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="78" />
        <source>&lt;b&gt;Videos&lt;/b&gt; in the DatoCMS Media Area</source>
        <extracomment>The dialogs while open (tests and the smoke test reach them here).</extracomment>
        <translation>&lt;b&gt;Videos&lt;/b&gt; im DatoCMS-Medienbereich</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="81" />
        <source>Search file names, notes and tags</source>
        <translation>Dateinamen, Notizen und Tags durchsuchen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="90" />
        <source>Loading videos…</source>
        <translation>Videos werden geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="113" />
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="268" />
        <source>Choose a video</source>
        <translation>Video auswählen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="119" />
        <source>Publish open subtitles…</source>
        <translation>Geöffnete Untertitel veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="121" />
        <source>Publish from Dotsub…</source>
        <translation>Aus Dotsub veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="123" />
        <source>Generate subtitles…</source>
        <translation>Untertitel generieren…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="125" />
        <source>Delete track…</source>
        <translation>Spur löschen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="127" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="138" />
        <source>Loading tracks…</source>
        <translation>Spuren werden geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="152" />
        <source>&lt;b&gt;Jobs&lt;/b&gt; started in this session</source>
        <translation>In dieser Sitzung gestartete &lt;b&gt;Aufträge&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="159" />
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="230" />
        <source>The videos could not be loaded (see the message above).</source>
        <translation>Die Videos konnten nicht geladen werden (siehe Meldung oben).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="233" />
        <source>No video matches “{query}”. Try part of a file name or a tag.</source>
        <translation>Kein Video passt zu „{query}“. Versuchen Sie einen Teil eines Dateinamens oder ein Tag.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="234" />
        <source>The Media Area has no videos yet. Upload one in DatoCMS, then Refresh.</source>
        <translation>Der Medienbereich enthält noch keine Videos. Laden Sie eines in DatoCMS hoch und klicken Sie dann auf Aktualisieren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="240" />
        <source>%n video(s)</source>
        <translation><numerusform>%n Video</numerusform><numerusform>%n Videos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="242" />
        <source>Showing {shown} of %n video(s); scroll for more</source>
        <translation><numerusform>{shown} von %n Video angezeigt; für weitere scrollen</numerusform><numerusform>{shown} von %n Videos angezeigt; für weitere scrollen</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="278" />
        <source>{rate} fps</source>
        <translation>{rate} fps</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="299" />
        <source>Choose a video on the left to see its subtitle and audio tracks.</source>
        <translation>Wählen Sie links ein Video, um seine Untertitel- und Audiospuren zu sehen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="304" />
        <source>This video has no tracks yet.
Publish the subtitles open in the editor, publish a Dotsub media's languages, or generate subtitles from the audio.</source>
        <translation>Dieses Video hat noch keine Spuren.
Veröffentlichen Sie die im Editor geöffneten Untertitel, veröffentlichen Sie die Sprachen eines Dotsub-Mediums oder generieren Sie Untertitel aus dem Ton.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="319" />
        <source>Publish the subtitles open in the editor as a WebVTT track of this video</source>
        <translation>Die im Editor geöffneten Untertitel als WebVTT-Spur dieses Videos veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="320" />
        <source>Open subtitles in the editor first</source>
        <translation>Zuerst Untertitel im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="323" />
        <source>Publish every finished language of a Dotsub media as tracks</source>
        <translation>Jede fertige Sprache eines Dotsub-Mediums als Spur veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="324" />
        <source>Set up Dotsub in Settings to publish its languages</source>
        <translation>Richten Sie Dotsub in den Einstellungen ein, um seine Sprachen zu veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="326" />
        <source>Have DatoCMS transcribe the video's audio into a subtitles track</source>
        <translation>Den Ton des Videos von DatoCMS in eine Untertitelspur transkribieren lassen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="342" />
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="414" />
        <source>Delete track</source>
        <translation>Spur löschen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="415" />
        <source>Delete the {type} track “{track}” ({code}) from {video}?

Viewers lose it at once; this cannot be undone.</source>
        <translation>Spur „{track}“ ({type}, {code}) aus {video} löschen?

Zuschauer verlieren sie sofort; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="420" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="440" />
        <source>DatoCMS: {job} on {video}: {status} — {message}</source>
        <translation>DatoCMS: {job} für {video}: {status} — {message}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="443" />
        <source>DatoCMS: {job} on {video}: {status}</source>
        <translation>DatoCMS: {job} für {video}: {status}</translation>
    </message>
</context>
<context>
    <name>DatocmsSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="286" />
        <source>A DatoCMS API token with access to the Media Area (Project settings → API tokens). Leave the environment empty for the primary environment.</source>
        <translation>Ein DatoCMS-API-Token mit Zugriff auf den Medienbereich (Projekteinstellungen → API-Tokens). Für die primäre Umgebung das Feld „Umgebung“ leer lassen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="291" />
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="292" />
        <source>primary environment</source>
        <translation>primäre Umgebung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="294" />
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="296" />
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/__init__.py" line="67" />
        <source>Starting the built-in local services</source>
        <translation>Integrierte lokale Dienste werden gestartet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/__init__.py" line="87" />
        <source>Demo services on this computer: {services}</source>
        <translation>Demodienste auf diesem Computer: {services}</translation>
    </message>
</context>
<context>
    <name>Dotsub</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="56" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="57" />
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="65" />
        <source>&amp;Dotsub</source>
        <translation>&amp;Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="66" />
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="67" />
        <source>&amp;Media</source>
        <translation>&amp;Medien</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="68" />
        <source>&amp;Open selected task</source>
        <translation>Ausgewählte Aufgabe ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="69" />
        <source>&amp;Accept selected task</source>
        <translation>Ausgewählte Aufgabe &amp;annehmen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="70" />
        <source>&amp;Release selected task</source>
        <translation>Ausgewählte Aufgabe &amp;freigeben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="71" />
        <source>Re&amp;load tasks and media</source>
        <translation>Aufgaben und Medien &amp;neu laden</translation>
    </message>
</context>
<context>
    <name>DotsubSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="259" />
        <source>Dotsub VideoTMS API client credentials (Organization settings → API clients). The client secret is never written to the settings file.</source>
        <translation>Zugangsdaten eines Dotsub-VideoTMS-API-Clients (Organisationseinstellungen → API-Clients). Das Client-Secret wird nie in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="265" />
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="266" />
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="270" />
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="271" />
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="272" />
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../subtitle_desk/ui/durations.py" line="20" />
        <location filename="../../subtitle_desk/ui/durations.py" line="23" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/durations.py" line="26" />
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/durations.py" line="29" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="96" />
        <source>Untitled</source>
        <extracomment>File-dialog filters per format, in the order offered. Documents longer than this are checked against a new QC context on a worker thread. a different document was loaded (or closed: None) the file path, name or dirty state changed: (display name, dirty) undo/redo availability or names changed QC results changed for these rows (tuple) or for all (None) the spec in force changed: (key, Spec) a status-bar message something the user must read: (title, text) a save finished: (path, notes of what the target format dropped) the user should choose where to select: (row) a file was read from disk and is now the open document: (path) A key per opened document for the autosave store. The translation rules' context (source, glossary, spelling), or None: see Workbench. What the work is called in questions ("Video 3 · French · Translate"), when it is more than its file name; the workspace sets it for service work. Increases on every change of the document (autosave compares it).</extracomment>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="162" />
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="166" />
        <source>Cannot open subtitle file</source>
        <translation>Untertiteldatei kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="170" />
        <source>Opened {name}: %n cues ({format}, {encoding})</source>
        <translation><numerusform>{name} geöffnet: %n Untertitel ({format}, {encoding})</numerusform><numerusform>{name} geöffnet: %n Untertitel ({format}, {encoding})</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="174" />
        <source>Opening {name}</source>
        <translation>{name} wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="199" />
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="235" />
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="216" />
        <source>Saved {name} (%n note(s) about what the format dropped)</source>
        <translation><numerusform>{name} gespeichert (%n Hinweis zu dem, was das Format verworfen hat)</numerusform><numerusform>{name} gespeichert (%n Hinweise zu dem, was das Format verworfen hat)</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="217" />
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="220" />
        <source>Saving {name}</source>
        <translation>{name} wird gespeichert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="263" />
        <source>Cannot use this spec</source>
        <translation>Diese Spezifikation ist nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="309" />
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="313" />
        <source>Redone</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="355" />
        <source>Select two or more adjacent cues to merge</source>
        <translation>Zwei oder mehr benachbarte Untertitel zum Zusammenführen auswählen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="377" />
        <source>“{pattern}” not found</source>
        <translation>„{pattern}“ nicht gefunden</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="244" />
        <source>Quality check</source>
        <extracomment>(display name, dirty) for the window title a status-bar message the user chose to throw the unsaved changes away Message boxes shown without blocking (tests read them): the last one per purpose. The fonts before any preference: what "the standard font" goes back to. Set by a workspace: its session as JSON for "reopen the last work" (None: a plain file), and how to reopen such a record. The user moved the divider beside the media (now or in an earlier run).</extracomment>
        <translation>Qualitätsprüfung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="299" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="299" />
        <source>Open a subtitle file</source>
        <translation>Eine Untertiteldatei öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="300" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="300" />
        <source>Save in the file's own format</source>
        <translation>Im eigenen Format der Datei speichern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="301" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="302" />
        <source>Save under another name or in another format</source>
        <translation>Unter einem anderen Namen oder in einem anderen Format speichern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="303" />
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="304" />
        <source>Open the folder that holds the file in the file manager</source>
        <translation>Den Ordner der Datei im Dateimanager öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="307" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="311" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="513" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="316" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="515" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="317" />
        <source>&amp;Insert cue after</source>
        <translation>Untertitel danach &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="318" />
        <source>A new cue after the current one</source>
        <translation>Ein neuer Untertitel nach dem aktuellen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="319" />
        <source>&amp;Delete cues</source>
        <translation>Untertitel &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="320" />
        <source>Delete the selected cues</source>
        <translation>Die ausgewählten Untertitel löschen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="321" />
        <source>S&amp;plit at cursor</source>
        <translation>Am Cursor &amp;teilen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="322" />
        <source>Split the current cue where the text cursor is</source>
        <translation>Den aktuellen Untertitel an der Textcursor-Position teilen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="323" />
        <source>&amp;Merge selected</source>
        <translation>Auswahl &amp;zusammenführen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="324" />
        <source>Merge the selected adjacent cues into one</source>
        <translation>Die ausgewählten benachbarten Untertitel zu einem zusammenführen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="325" />
        <source>S&amp;hift times…</source>
        <translation>Zeiten &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="326" />
        <source>Move the selected cues, or all cues, earlier or later</source>
        <translation>Die ausgewählten oder alle Untertitel früher oder später setzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="327" />
        <source>Change &amp;frame rate…</source>
        <translation>&amp;Bildrate ändern…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="328" />
        <source>Retime every cue from one frame rate to another</source>
        <translation>Alle Untertitel von einer Bildrate auf eine andere umrechnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="329" />
        <source>&amp;Find and replace…</source>
        <translation>&amp;Suchen und ersetzen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="330" />
        <source>Find text, replace text (regular expressions allowed)</source>
        <translation>Text suchen, Text ersetzen (reguläre Ausdrücke erlaubt)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="331" />
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="332" />
        <source>Next cue</source>
        <translation>Nächster Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="333" />
        <source>Previous cue</source>
        <translation>Vorheriger Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="335" />
        <source>&amp;Go to cue…</source>
        <translation>&amp;Gehe zu Untertitel…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="341" />
        <source>&amp;Load Dotsub spec…</source>
        <translation>Dotsub-Spezifikation &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="342" />
        <source>Check against a subtitle specification JSON from Dotsub</source>
        <translation>Gegen eine Untertitel-Spezifikation (JSON) von Dotsub prüfen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="344" />
        <source>Next &amp;problem</source>
        <translation>Nächstes &amp;Problem</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="345" />
        <source>Pre&amp;vious problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="348" />
        <source>&amp;Quality check panel</source>
        <translation>&amp;Qualitätsprüfung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="350" />
        <source>S&amp;pelling language</source>
        <translation>Sprache der &amp;Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="355" />
        <source>&amp;Next untranslated cue</source>
        <translation>&amp;Nächster unübersetzter Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="356" />
        <source>The next cue whose text is empty or still the source's</source>
        <translation>Der nächste Untertitel, dessen Text leer oder noch der der Quelle ist</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="358" />
        <source>&amp;Previous untranslated cue</source>
        <translation>&amp;Vorheriger unübersetzter Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="359" />
        <source>The previous cue whose text is empty or still the source's</source>
        <translation>Der vorherige Untertitel, dessen Text leer oder noch der der Quelle ist</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="361" />
        <source>&amp;Keep as in the source</source>
        <translation>Wie in der Quelle &amp;belassen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="362" />
        <source>The selected cues are meant to read as in the source (a name, a number): not untranslated</source>
        <translation>Die ausgewählten Untertitel sollen wie in der Quelle lauten (ein Name, eine Zahl): nicht unübersetzt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="373" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="382" />
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="383" />
        <source>&amp;Specification</source>
        <translation>&amp;Spezifikation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="396" />
        <source>&amp;Translation</source>
        <translation>Ü&amp;bersetzung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="512" />
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="514" />
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederherstellen: {action}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="540" />
        <source>Edit text of cue {number}</source>
        <translation>Text von Untertitel {number} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="542" />
        <source>Change timing of cue {number}</source>
        <translation>Timing von Untertitel {number} ändern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="545" />
        <source>Shift cues by {offset}</source>
        <translation>Untertitel um {offset} verschieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="547" />
        <source>Shift %n cues by {offset}</source>
        <translation><numerusform>%n Untertitel um {offset} verschieben</numerusform><numerusform>%n Untertitel um {offset} verschieben</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="549" />
        <source>Insert cue {number}</source>
        <translation>Untertitel {number} einfügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="552" />
        <source>Insert %n cues at {number}</source>
        <translation><numerusform>%n Untertitel an Position {number} einfügen</numerusform><numerusform>%n Untertitel an Position {number} einfügen</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="554" />
        <source>Delete cue {number}</source>
        <translation>Untertitel {number} löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="557" />
        <source>Delete %n cues</source>
        <translation><numerusform>%n Untertitel löschen</numerusform><numerusform>%n Untertitel löschen</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="559" />
        <source>Split cue {number}</source>
        <translation>Untertitel {number} teilen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="561" />
        <source>Merge cues {first}–{last}</source>
        <translation>Untertitel {first}–{last} zusammenführen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="563" />
        <source>Change frame rate from {source} to {target} fps</source>
        <translation>Bildrate von {source} auf {target} fps ändern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="566" />
        <source>Replace “{pattern}” with “{replacement}” ({replacements})</source>
        <translation>„{pattern}“ durch „{replacement}“ ersetzen ({replacements})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="569" />
        <source>Sort cues by time</source>
        <translation>Untertitel nach Zeit sortieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="618" />
        <source>Go to cue</source>
        <translation>Gehe zu Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="618" />
        <source>Cue number</source>
        <translation>Untertitelnummer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="632" />
        <source>No QC problems</source>
        <translation>Keine QC-Probleme</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="648" />
        <source>Every cue is translated</source>
        <translation>Alle Untertitel sind übersetzt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="661" />
        <source>No source cue at this time: nothing to keep</source>
        <translation>Kein Quell-Untertitel zu dieser Zeit: nichts zu belassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="663" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>%n Untertitel wie in der Quelle belassen</numerusform><numerusform>%n Untertitel wie in der Quelle belassen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="664" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>%n Untertitel nicht mehr wie in der Quelle belassen</numerusform><numerusform>%n Untertitel nicht mehr wie in der Quelle belassen</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="687" />
        <source>Only adjacent cues can be merged</source>
        <translation>Nur benachbarte Untertitel lassen sich zusammenführen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="732" />
        <source>Invalid pattern: {error}</source>
        <translation>Ungültiges Muster: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="740" />
        <source>Cue {number}</source>
        <translation>Untertitel {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="742" />
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="567" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="750" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n Ersetzung</numerusform><numerusform>%n Ersetzungen</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="764" />
        <source>Unsaved changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="764" />
        <source>Save the changes to {name} first?</source>
        <translation>Die Änderungen an {name} zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="774" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="819" />
        <source>Save subtitles as</source>
        <translation>Untertitel speichern unter</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="789" />
        <source>Open subtitles</source>
        <translation>Untertitel öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="795" />
        <source>Subtitles (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)</source>
        <translation>Untertitel (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="796" />
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="863" />
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="866" />
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="868" />
        <source>&amp;Open the last work at start</source>
        <translation>Die letzte Arbeit beim Start ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="876" />
        <source>{path} is not there any more</source>
        <translation>{path} ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="916" />
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="918" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (kein Wörterbuch)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="937" />
        <source>Load a subtitle specification</source>
        <translation>Eine Untertitel-Spezifikation laden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="938" />
        <source>Subtitle specification (*.json);;All files (*)</source>
        <translation>Untertitel-Spezifikation (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="966" />
        <source>Saved with changes</source>
        <translation>Mit Änderungen gespeichert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="967" />
        <source>{name} was saved. The format could not keep everything:</source>
        <translation>{name} wurde gespeichert. Das Format konnte nicht alles behalten:</translation>
    </message>
</context>
<context>
    <name>EditorWorkspace</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="70" />
        <source>CAPTION</source>
        <extracomment>The controller's spec key for the open session's Dotsub specification. What the work is in the header's title ("Video 3 · Spanish · TRANSLATION"), per Dotsub task type.</extracomment>
        <translation>UNTERTITELUNG</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="71" />
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="72" />
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="73" />
        <source>TRANSLATION</source>
        <translation>ÜBERSETZUNG</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="74" />
        <source>POST-EDITING</source>
        <translation>POST-EDITING</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="75" />
        <source>REVIEW</source>
        <translation>REVISION</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="76" />
        <source>PROOFREADING</source>
        <translation>KORREKTORAT</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="159" />
        <source>Specification</source>
        <extracomment>a session was opened in the editor: (WorkSession) the editor left the session (another file was opened): () subtitles reached Dotsub: (WorkSession, the service's track record) sending failed: (the service's message) The spec the user had chosen before a session's spec replaced it. The last send's dialog and result (tests and the smoke test read them). The project glossary of the session (None: the project has none imported).</extracomment>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="175" />
        <source>&amp;Specification panel</source>
        <translation>&amp;Spezifikationsbereich</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="181" />
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="191" />
        <source>&amp;Glossary panel</source>
        <translation>&amp;Glossarbereich</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="193" />
        <source>&amp;Import glossary…</source>
        <translation>Glossar &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="195" />
        <source>Import the Dotsub project's glossary (a Dotsub glossary CSV) once: every task of the project uses it</source>
        <translation>Das Glossar des Dotsub-Projekts (eine Dotsub-Glossar-CSV) einmal importieren: jede Aufgabe des Projekts verwendet es</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="198" />
        <source>&amp;Upload glossary to Dotsub</source>
        <translation>Glossar zu Dotsub &amp;hochladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="200" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>Das Glossar dieses Projekts auf Dotsub anlegen oder ersetzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="207" />
        <source>Send to &amp;Dotsub…</source>
        <translation>An &amp;Dotsub senden…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="211" />
        <source>Save, then upload these subtitles to Dotsub (optionally completing the task)</source>
        <translation>Speichern, dann diese Untertitel zu Dotsub hochladen (auf Wunsch die Aufgabe abschließen)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="213" />
        <source>Send to Dotsub (Ctrl+Shift+D)</source>
        <translation>An Dotsub senden (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="219" />
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="261" />
        <source>Kept {name}: {title} was not opened</source>
        <translation>{name} behalten: {title} wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="302" />
        <source>The task's subtitle specification is unusable ({error}): QC uses {spec}</source>
        <translation>Die Untertitel-Spezifikation der Aufgabe ist unbrauchbar ({error}): die Qualitätsprüfung verwendet {spec}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="387" />
        <source>{translated} of %n cue(s) translated</source>
        <translation><numerusform>{translated} von %n Untertitel übersetzt</numerusform><numerusform>{translated} von %n Untertiteln übersetzt</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="390" />
        <source> ({kept} kept as in the source)</source>
        <translation> ({kept} wie in der Quelle belassen)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="414" />
        <source>file on this computer</source>
        <translation>Datei auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="414" />
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="427" />
        <source>{spec} (chosen instead of the task's specification: pick it again in the QC panel)</source>
        <translation>{spec} (statt der Spezifikation der Aufgabe gewählt: diese in der Qualitätsprüfung wieder auswählen)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="445" />
        <source>Service: {service}</source>
        <translation>Dienst: {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="445" />
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="447" />
        <source>Media {media}</source>
        <translation>Medium {media}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="449" />
        <source>Language {name} ({language}, {direction})</source>
        <translation>Sprache {name} ({language}, {direction})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="452" />
        <source>Task {task} ({type})</source>
        <translation>Aufgabe {task} ({type})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="454" />
        <source>Saved at {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="505" />
        <source>The project glossary is not used: {error}</source>
        <translation>Das Projektglossar wird nicht verwendet: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="520" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>Kein Glossar: eine Dotsub-Aufgabe öffnen, um das Glossar ihres Projekts zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="522" />
        <source>This work belongs to no Dotsub project: there is no project glossary.</source>
        <translation>Diese Arbeit gehört zu keinem Dotsub-Projekt: es gibt kein Projektglossar.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="524" />
        <source>No glossary for this project yet. &lt;b&gt;Import…&lt;/b&gt; a Dotsub glossary CSV once; every task of the project then uses it.</source>
        <translation>Noch kein Glossar für dieses Projekt. Eine Dotsub-Glossar-CSV einmal mit &lt;b&gt;Importieren…&lt;/b&gt; laden; jede Aufgabe des Projekts verwendet es dann.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="528" />
        <source>not used for this work</source>
        <translation>für diese Arbeit nicht verwendet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="534" />
        <source>On Dotsub as glossary {id}</source>
        <translation>Auf Dotsub als Glossar {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="547" />
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="548" />
        <source>A glossary belongs to a Dotsub project: open one of its tasks first.</source>
        <translation>Ein Glossar gehört zu einem Dotsub-Projekt: zuerst eine seiner Aufgaben öffnen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="551" />
        <source>Import a glossary</source>
        <translation>Ein Glossar importieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="552" />
        <source>Dotsub glossary (*.csv);;All files (*)</source>
        <translation>Dotsub-Glossar (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="604" />
        <source>Still sending the previous version to Dotsub</source>
        <translation>Die vorherige Version wird noch an Dotsub gesendet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="610" />
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="611" />
        <source>These subtitles have no cues yet: Dotsub refuses an empty file.</source>
        <translation>Diese Untertiteldatei enthält noch keine Untertitel: Dotsub lehnt eine leere Datei ab.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="620" />
        <source>Dotsub media {media}, {name} ({language}), task {task}</source>
        <translation>Dotsub-Medium {media}, {name} ({language}), Aufgabe {task}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="621" />
        <source>Dotsub media {media}, {name} ({language})</source>
        <translation>Dotsub-Medium {media}, {name} ({language})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="668" />
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="683" />
        <source>Sending {work} to Dotsub</source>
        <translation>{work} wird an Dotsub gesendet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="694" />
        <source>Sent to Dotsub: {detail}</source>
        <translation>An Dotsub gesendet: {detail}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="696" />
        <source>Sent to Dotsub</source>
        <translation>An Dotsub gesendet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="697" />
        <source>{work} is on Dotsub.</source>
        <translation>{work} ist auf Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="701" />
        <source>Could not send to Dotsub</source>
        <translation>Senden an Dotsub fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="702" />
        <source>The subtitles were not sent.</source>
        <translation>Die Untertitel wurden nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="748" />
        <source>The last work was not opened again: {error}</source>
        <translation>Die letzte Arbeit wurde nicht wieder geöffnet: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="761" />
        <source>Opened your last work again: {title}</source>
        <translation>Ihre letzte Arbeit wurde wieder geöffnet: {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="765" />
        <source>Opening {name} again</source>
        <translation>{name} wird wieder geöffnet</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/common.py" line="52" />
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/common.py" line="54" />
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="64" />
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="102" />
        <source>Something went wrong ({error_type}). {message}</source>
        <extracomment>(short message, details) for every reported exception.</extracomment>
        <translation>Etwas ist schiefgegangen ({error_type}). {message}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="110" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="111" />
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="117" />
        <source>Regular expression (replacement may use \1, \g&lt;name&gt;)</source>
        <translation>Regulärer Ausdruck (der Ersatz darf \1, \g&lt;name&gt; verwenden)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="118" />
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="119" />
        <source>Only in selected cues</source>
        <translation>Nur in ausgewählten Untertiteln</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="123" />
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="124" />
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="128" />
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="129" />
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="131" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="37" />
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="39" />
        <source>Welcome to Subtitle Desk</source>
        <translation>Willkommen bei Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="41" />
        <source>No Dotsub, DatoCMS or cielo24 account is set up yet.&lt;p&gt;You can look around first: built-in local services on this computer stand in for Dotsub, DatoCMS and cielo24, with sample media, tasks and subtitles. Nothing is sent over the internet, and your own accounts can be added at any time from the Settings menu.</source>
        <translation>Es ist noch kein Dotsub-, DatoCMS- oder cielo24-Konto eingerichtet.&lt;p&gt;Sie können sich zuerst umsehen: Integrierte lokale Dienste auf diesem Computer vertreten Dotsub, DatoCMS und cielo24, mit Beispielmedien, -aufgaben und -untertiteln. Es wird nichts über das Internet gesendet, und Ihre eigenen Konten können Sie jederzeit über das Menü „Einstellungen“ hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="47" />
        <source>Try Subtitle Desk on built-in local services</source>
        <translation>Subtitle Desk mit integrierten lokalen Diensten ausprobieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="50" />
        <source>Set up my accounts</source>
        <translation>Meine Konten einrichten</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="52" />
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>FrameRateDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="66" />
        <source>Change frame rate</source>
        <translation>Bildrate ändern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="76" />
        <source>From (fps)</source>
        <translation>Von (fps)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="77" />
        <source>To (fps)</source>
        <translation>Nach (fps)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="78" />
        <source>Every cue is retimed: times are multiplied by from ÷ to.</source>
        <translation>Alle Untertitel werden umgerechnet: die Zeiten werden mit Von ÷ Nach multipliziert.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="98" />
        <source>Frame rates are positive numbers, e.g. 23.976 or 25</source>
        <translation>Bildraten sind positive Zahlen, z. B. 23.976 oder 25</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="121" />
        <source>Generate subtitles</source>
        <translation>Untertitel generieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="123" />
        <source>DatoCMS transcribes the audio of &lt;b&gt;{video}&lt;/b&gt; into a new subtitles track. Pick the language spoken in the video.</source>
        <translation>DatoCMS transkribiert den Ton von &lt;b&gt;{video}&lt;/b&gt; in eine neue Untertitelspur. Wählen Sie die im Video gesprochene Sprache.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="125" />
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
</context>
<context>
    <name>GlossaryController</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="77" />
        <source>cannot read: {error}</source>
        <extracomment>a glossary was imported for a project: (project id, Glossary) a project's stored glossary was read: (project id, Glossary or None when it has none) the glossary is on Dotsub: (project id, Dotsub's glossary record) something the user must read: (title, text) a status-bar message</extracomment>
        <translation>nicht lesbar: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="88" />
        <source>Cannot import this glossary</source>
        <translation>Dieses Glossar kann nicht importiert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="91" />
        <source>Glossary {file} imported for this project: %n concepts in {languages}</source>
        <translation><numerusform>Glossar {file} für dieses Projekt importiert: %n Konzept in {languages}</numerusform><numerusform>Glossar {file} für dieses Projekt importiert: %n Konzepte in {languages}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="97" />
        <source>Importing the glossary {file}</source>
        <translation>Glossar {file} wird importiert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="110" />
        <source>The project glossary cannot be used: {error}</source>
        <translation>Das Projektglossar ist nicht verwendbar: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="126" />
        <source>No glossary imported for this project ({error})</source>
        <translation>Für dieses Projekt wurde kein Glossar importiert ({error})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="127" />
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="141" />
        <source>Could not upload the glossary</source>
        <translation>Das Glossar konnte nicht hochgeladen werden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="145" />
        <source>Glossary “{name}” is on Dotsub</source>
        <translation>Glossar „{name}“ ist auf Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="147" />
        <source>Glossary “{name}” is on Dotsub (replaced)</source>
        <translation>Glossar „{name}“ ist auf Dotsub (ersetzt)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="149" />
        <source>Glossary “{name}” is on Dotsub (created)</source>
        <translation>Glossar „{name}“ ist auf Dotsub (angelegt)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="153" />
        <source>Uploading the glossary “{name}” to Dotsub</source>
        <translation>Glossar „{name}“ wird zu Dotsub hochgeladen</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="36" />
        <source>Source term</source>
        <translation>Quellbegriff</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="36" />
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="37" />
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="39" />
        <source>Import the project's glossary (a Dotsub glossary CSV)</source>
        <translation>Das Glossar des Projekts importieren (eine Dotsub-Glossar-CSV)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="41" />
        <source>Upload to Dotsub</source>
        <translation>Zu Dotsub hochladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="43" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>Das Glossar dieses Projekts auf Dotsub anlegen oder ersetzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="54" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>Kein Glossar: eine Dotsub-Aufgabe öffnen, um das Glossar ihres Projekts zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="67" />
        <source>(no approved translation)</source>
        <translation>(keine freigegebene Übersetzung)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="75" />
        <source>The cue uses an approved translation</source>
        <translation>Der Untertitel verwendet eine freigegebene Übersetzung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="76" />
        <source>The cue uses none of the approved translations</source>
        <translation>Der Untertitel verwendet keine der freigegebenen Übersetzungen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="79" />
        <source>No glossary term in this cue's source</source>
        <translation>Kein Glossarbegriff in der Quelle dieses Untertitels</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="88" />
        <source>%n concept(s)</source>
        <translation><numerusform>%n Konzept</numerusform><numerusform>%n Konzepte</numerusform></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="181" />
        <source>Subtitle Desk user guide</source>
        <translation>Benutzerhandbuch von Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="189" />
        <source>The user guide is missing from this installation ({error}).</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation ({error}).</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="24" />
        <source>Media files (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac *.flac *.ogg);;All files (*)</source>
        <extracomment>The file dialog's filter (shown translated: ``QCoreApplication.translate("JobDialog", MEDIA_FILTER)``).</extracomment>
        <translation>Mediendateien (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac *.flac *.ogg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="27" />
        <source>Mechanical: machine transcript only; fastest and cheapest, needs a careful review</source>
        <translation>Maschinell: nur maschinelles Transkript; am schnellsten und günstigsten, erfordert eine sorgfältige Prüfung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="29" />
        <source>Premium: machine transcript plus a human pass (cielo24 quotes 94 %+ accuracy)</source>
        <translation>Premium: maschinelles Transkript plus ein menschlicher Durchgang (laut cielo24 über 94 % Genauigkeit)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="31" />
        <source>Professional: several human passes (99 %+), for broadcast and accessibility compliance</source>
        <translation>Professionell: mehrere menschliche Durchgänge (über 99 %), für Rundfunk und Barrierefreiheitsvorgaben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="34" />
        <source>Standard (about 48 hours)</source>
        <translation>Standard (etwa 48 Stunden)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="35" />
        <source>Priority (about 24 hours)</source>
        <translation>Priorität (etwa 24 Stunden)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="36" />
        <source>Critical (fastest)</source>
        <translation>Kritisch (am schnellsten)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="69" />
        <source>New cielo24 job</source>
        <extracomment>None: no transcription ordered now. A priority name or a number of hours. The URL is knowingly the media of another job too (cielo24 refuses that otherwise).</extracomment>
        <translation>Neuer cielo24-Auftrag</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="70" />
        <source>A new cielo24 job: its name and spoken language, and the video or audio to transcribe.</source>
        <translation>Ein neuer cielo24-Auftrag: sein Name und die gesprochene Sprache sowie das zu transkribierende Video oder Audio.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="72" />
        <source>Add media to “{job}”</source>
        <translation>Medien zu „{job}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="73" />
        <source>The video or audio of the cielo24 job “{job}”: a file on this computer, or an address cielo24 can download it from.</source>
        <translation>Das Video oder Audio des cielo24-Auftrags „{job}“: eine Datei auf diesem Computer oder eine Adresse, von der cielo24 es herunterladen kann.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="76" />
        <source>Add media to the job</source>
        <translation>Medien zum Auftrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="77" />
        <source>The video or audio of the cielo24 job the job: a file on this computer, or an address cielo24 can download it from.</source>
        <translation>Das Video oder Audio dieses cielo24-Auftrags: eine Datei auf diesem Computer oder eine Adresse, von der cielo24 es herunterladen kann.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="80" />
        <source>Request a transcription of “{job}”</source>
        <translation>Transkription von „{job}“ anfordern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="81" />
        <source>How the cielo24 job “{job}” is to be transcribed, and by when.</source>
        <translation>Wie der cielo24-Auftrag „{job}“ transkribiert werden soll und bis wann.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="83" />
        <source>Request a transcription of the job</source>
        <translation>Transkription des Auftrags anfordern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="84" />
        <source>How the cielo24 job the job is to be transcribed, and by when.</source>
        <translation>Wie dieser cielo24-Auftrag transkribiert werden soll und bis wann.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="97" />
        <source>e.g. Festival interview, episode 104</source>
        <translation>z. B. Festival-Interview, Folge 104</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="100" />
        <source>The language spoken in the media (RFC 5646, e.g. en, es, fr-CA)</source>
        <translation>Die in den Medien gesprochene Sprache (RFC 5646, z. B. en, es, fr-CA)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="102" />
        <source>optional: your own reference</source>
        <translation>optional: Ihre eigene Referenz</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="104" />
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="106" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="107" />
        <source>Spoken language:</source>
        <translation>Gesprochene Sprache:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="108" />
        <source>External ID:</source>
        <translation>Externe ID:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="115" />
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="117" />
        <source>Public URL cielo24 can download</source>
        <translation>Öffentliche URL, die cielo24 herunterladen kann</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="124" />
        <source>Video or audio file, up to 10 GB</source>
        <translation>Video- oder Audiodatei, bis zu 10 GB</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="125" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="130" />
        <source>This URL is the media of another job too (send it again)</source>
        <translation>Diese URL ist auch das Medium eines anderen Auftrags (erneut senden)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="133" />
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="152" />
        <source>Request transcription now</source>
        <translation>Transkription jetzt anfordern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="153" />
        <source>Transcription</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="164" />
        <source>Within a number of hours…</source>
        <translation>Innerhalb einer Anzahl von Stunden…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="167" />
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="170" />
        <source>optional: translate into (e.g. es)</source>
        <translation>optional: übersetzen in (z. B. es)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="172" />
        <source>optional: notes for the transcribers (names, terms)</source>
        <translation>optional: Hinweise für die Transkribierenden (Namen, Begriffe)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="177" />
        <source>Fidelity:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="182" />
        <source>Turnaround:</source>
        <translation>Bearbeitungszeit:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="183" />
        <source>Translation:</source>
        <translation>Übersetzung:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="184" />
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="200" />
        <source>Create job</source>
        <translation>Auftrag erstellen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="200" />
        <source>Add media</source>
        <translation>Medien hinzufügen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="201" />
        <source>Request</source>
        <translation>Anfordern</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="230" />
        <source>Choose the media</source>
        <translation>Medien auswählen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="242" />
        <source>Say which language is spoken in the media.</source>
        <translation>Geben Sie an, welche Sprache in den Medien gesprochen wird.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="247" />
        <source>Choose a media file.</source>
        <translation>Wählen Sie eine Mediendatei.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="250" />
        <source>{name} is not a file that can be read.</source>
        <translation>{name} ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="253" />
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="255" />
        <source>{name} is {size} GB; cielo24 takes media files of up to 10 GB.</source>
        <translation>{name} ist {size} GB groß; cielo24 nimmt Mediendateien bis 10 GB an.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="260" />
        <source>Give the media's URL.</source>
        <translation>Geben Sie die URL der Medien an.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="262" />
        <source>The media URL must start with http:// or https://.</source>
        <translation>Die Medien-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="264" />
        <source>A transcription needs media: choose a file or give a URL (or untick the request).</source>
        <translation>Eine Transkription braucht Medien: Wählen Sie eine Datei oder geben Sie eine URL an (oder deaktivieren Sie die Anforderung).</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="31" />
        <source>Authorizing</source>
        <extracomment>The job info dict behind a row. A job status's colour: a ThemeColors name, looked up in the scheme on screen when drawn. cielo24's job statuses and turnaround priorities as shown (the services' own words, translated where they are shown; a value not listed here shows as it comes).</extracomment>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="32" />
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="33" />
        <source>In Process</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="34" />
        <source>Reviewing</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="35" />
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="36" />
        <source>Media Failure</source>
        <translation>Medienfehler</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="39" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="40" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="41" />
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="64" />
        <source>{priority}, {hours} h</source>
        <translation>{priority}, {hours} Std.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="67" />
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="105" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="251" />
        <source>Job</source>
        <extracomment>The service's message when the track errored or the job failed.</extracomment>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="106" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="252" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="107" />
        <source>Fidelity</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="108" />
        <source>Turnaround</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="109" />
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="110" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="111" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="253" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="112" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="166" />
        <source>Waiting for media</source>
        <extracomment>job id -&gt; what this session is doing with it ("Uploading 40 %", "Checking every 30 s")</extracomment>
        <translation>Wartet auf Medien</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="168" />
        <source>Media received</source>
        <translation>Medien empfangen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="199" />
        <source>{name}
Job {job}</source>
        <translation>{name}
Auftrag {job}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="202" />
        <source>{text}
External ID {id}</source>
        <translation>{text}
Externe ID {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="217" />
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="218" />
        <source>Waiting for DatoCMS</source>
        <translation>Warten auf DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="219" />
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="220" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="221" />
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="222" />
        <source>Errored</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="223" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="224" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="251" />
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="65" />
        <source>BCP 47 code, e.g. it-IT</source>
        <extracomment>The chosen code changed: (code or "" when invalid)</extracomment>
        <translation>BCP-47-Code, z. B. it-IT</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="92" />
        <source>The {source} organization's languages, or type a BCP 47 code</source>
        <extracomment>Dotsub language records by id, when they were loaded.</extracomment>
        <translation>Die Sprachen der {source}-Organisation, oder einen BCP-47-Code eingeben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="127" />
        <source>“{text}” is not a BCP 47 language code (like it-IT or pt-BR)</source>
        <translation>„{text}“ ist kein BCP-47-Sprachcode (wie it-IT oder pt-BR)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="130" />
        <source>Pick a language or type its BCP 47 code</source>
        <translation>Wählen Sie eine Sprache oder geben Sie ihren BCP-47-Code ein</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="96" />
        <source>Editor</source>
        <extracomment>the window closed for good (after any "save changes?" question) The theme in force: ui.app applies the saved one before any window exists. The dialogs while open (non-blocking; tests reach them here). Called before closing; False keeps the window open (the editor asks about unsaved work).</extracomment>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="150" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Präferenzen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="160" />
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="168" />
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="173" />
        <source>&amp;About Subtitle Desk</source>
        <translation>Ü&amp;ber Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="234" />
        <source>About Subtitle Desk</source>
        <translation>Über Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="201" />
        <source>Subtitle editing and QC, and the Dotsub VideoTMS, DatoCMS and cielo24 workflows in one window.</source>
        <translation>Untertitelbearbeitung und Qualitätsprüfung sowie die Arbeitsabläufe von Dotsub VideoTMS, DatoCMS und cielo24 in einem Fenster.</translation>
    </message>
</context>
<context>
    <name>MediaBinding</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="34" />
        <source>Video and audio ({patterns});;All files (*)</source>
        <translation>Video und Audio ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="39" />
        <source>No video. Playback ▸ Open video… (Ctrl+Shift+O), or drop a video file here.</source>
        <extracomment>The file dialog's filter (in English: ``video_filter()`` is the one shown). The empty video and waveform areas' texts (in English: shown translated).</extracomment>
        <translation>Kein Video. Wiedergabe ▸ Video öffnen… (Strg+Umschalt+O) oder hier eine Videodatei ablegen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="41" />
        <source>The audio waveform appears here once a video is open.</source>
        <translation>Die Audio-Wellenform erscheint hier, sobald ein Video geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="92" />
        <source>Open &amp;video…</source>
        <extracomment>a video (path or URL) was loaded into the panel While True, a replaced document does not bring back its remembered video (the workspace loads the session's own). The subtitle file the loaded video belongs to.</extracomment>
        <translation>&amp;Video öffnen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="96" />
        <source>Play a video (or audio) file beside these subtitles</source>
        <translation>Eine Video- (oder Audio-)Datei neben diesen Untertiteln abspielen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="99" />
        <source>&amp;Follow the playhead in the table</source>
        <translation>Der Abspielposition in der Tabelle &amp;folgen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="103" />
        <source>While the video plays, select the cue on screen (not while typing)</source>
        <translation>Während das Video läuft, den sichtbaren Untertitel auswählen (nicht beim Tippen)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="120" />
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="127" />
        <source>&amp;Speed</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="137" />
        <source>&amp;Nudge</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="169" />
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="276" />
        <source>Video: {name}</source>
        <translation>Video: {name}</translation>
    </message>
</context>
<context>
    <name>MediaDetail</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="191" />
        <source>Media ID:</source>
        <translation>Medien-ID:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="191" />
        <source>External ID:</source>
        <translation>Externe ID:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="192" />
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="192" />
        <source>Workflow:</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="193" />
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="193" />
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>Upload:</source>
        <translation>Upload:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="195" />
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="195" />
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Subtitles</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="234" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>Das Untertitelformat für den Download von Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="235" />
        <source>Open in editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="237" />
        <source>Download the selected language's subtitles and open them (Enter)</source>
        <translation>Die Untertitel der ausgewählten Sprache herunterladen und öffnen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="239" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="241" />
        <source>Read this media from Dotsub again</source>
        <translation>Dieses Medium erneut von Dotsub abrufen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="243" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="245" />
        <source>Show every task of this media in the tasks view</source>
        <translation>Alle Aufgaben dieses Mediums in der Aufgabenansicht zeigen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="251" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="262" />
        <source>Select a media to see its languages, upload state and notes.</source>
        <translation>Ein Medium auswählen, um seine Sprachen, den Upload-Status und die Notizen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="274" />
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="277" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="279" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="281" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="320" />
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="321" />
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="333" />
        <source>No thumbnail</source>
        <translation>Kein Vorschaubild</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="334" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="346" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="347" />
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="347" />
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="354" />
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="354" />
        <source>Not finished</source>
        <translation>Nicht fertig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="401" />
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="404" />
        <source>{status} at {percent} %</source>
        <translation>{status} bei {percent} %</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="408" />
        <source>{status} (from {origin})</source>
        <translation>{status} (von {origin})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="410" />
        <source>{status}: {error}</source>
        <translation>{status}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="414" />
        <source>a file</source>
        <translation>einer Datei</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="414" />
        <source>a URL</source>
        <translation>einer URL</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="420" />
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="422" />
        <source>Encoded (MP4, HD)</source>
        <translation>Kodiert (MP4, HD)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="423" />
        <source>Encoded (MP4)</source>
        <translation>Kodiert (MP4)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="424" />
        <source>Not encoded yet</source>
        <translation>Noch nicht kodiert</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="52" />
        <source>Encoding failed: {error}</source>
        <extracomment>Thumbnails in the table's rows.</extracomment>
        <translation>Kodierung fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="54" />
        <source>Upload failed</source>
        <translation>Upload fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="56" />
        <source>Uploading {percent} %</source>
        <translation>Wird hochgeladen: {percent} %</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="58" />
        <source>Waiting for upload</source>
        <translation>Wartet auf Upload</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="60" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="62" />
        <source>Encoding</source>
        <translation>Wird kodiert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="66" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="80" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="80" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="81" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="82" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="83" />
        <source>Subtitled</source>
        <translation>Untertitelt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="84" />
        <source>Upload / encoding</source>
        <translation>Upload / Kodierung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="85" />
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="86" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="87" />
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="105" />
        <source>Loading Dotsub media</source>
        <translation>Dotsub-Medien werden geladen</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="443" />
        <source>Search titles (Ctrl+F)</source>
        <extracomment>Set by ``install``: show the tasks view filtered to one media (media id).</extracomment>
        <translation>Titel durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="444" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="546" />
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="445" />
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="446" />
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="447" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="448" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="450" />
        <source>Load the media list again (F5)</source>
        <translation>Die Medienliste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="551" />
        <source>Loading media…</source>
        <translation>Medien werden geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="489" />
        <source>Dotsub media</source>
        <translation>Dotsub-Medien</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="503" />
        <source>Find media by title</source>
        <translation>Medien nach Titel suchen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="503" />
        <source>Load the media list again</source>
        <translation>Die Medienliste neu laden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="510" />
        <source>Open the selected language in the editor</source>
        <translation>Die ausgewählte Sprache im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="551" />
        <source>Loading more media…</source>
        <translation>Weitere Medien werden geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="552" />
        <source>The media list could not be loaded: {error}</source>
        <translation>Die Medienliste konnte nicht geladen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="562" />
        <source>%n media</source>
        <translation><numerusform>%n Medium</numerusform><numerusform>%n Medien</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="563" />
        <source>{shown} of %n media shown</source>
        <translation><numerusform>{shown} von %n Medium angezeigt</numerusform><numerusform>{shown} von %n Medien angezeigt</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="553" />
        <source>The media list could not be loaded. See the message above; Retry when the problem is fixed.</source>
        <translation>Die Medienliste konnte nicht geladen werden. Siehe die Meldung oben; „Wiederholen“, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="555" />
        <source>Loading media from Dotsub…</source>
        <translation>Medien werden von Dotsub geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="556" />
        <source>No media match these filters.
Change the title or project, or choose Clear filters.</source>
        <translation>Keine Medien entsprechen diesen Filtern.
Titel oder Projekt ändern oder „Filter zurücksetzen“ wählen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="558" />
        <source>This Dotsub organization has no media yet.
Upload a video to Dotsub to see it here.</source>
        <translation>Diese Dotsub-Organisation hat noch keine Medien.
Laden Sie ein Video zu Dotsub hoch, um es hier zu sehen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="587" />
        <source>Refreshing media {media}</source>
        <translation>Medium {media} wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="94" />
        <source>No waveform: {error}</source>
        <translation>Keine Wellenform: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="191" />
        <source>&amp;Play / pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="192" />
        <source>Play or pause the video</source>
        <translation>Das Video abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="193" />
        <source>Play &amp;current cue</source>
        <translation>&amp;Aktuellen Untertitel abspielen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="195" />
        <source>Play the current cue from its start to its end</source>
        <translation>Den aktuellen Untertitel von Anfang bis Ende abspielen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="196" />
        <source>Set cue &amp;start at playhead</source>
        <translation>Untertitel&amp;beginn auf Abspielposition setzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="198" />
        <source>The current cue starts at the playhead</source>
        <translation>Der aktuelle Untertitel beginnt an der Abspielposition</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="199" />
        <source>Set cue &amp;end at playhead</source>
        <translation>Untertitel&amp;ende auf Abspielposition setzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="201" />
        <source>The current cue ends at the playhead</source>
        <translation>Der aktuelle Untertitel endet an der Abspielposition</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="202" />
        <source>Start one frame earlier</source>
        <translation>Beginn ein Bild früher</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="204" />
        <source>Start one frame later</source>
        <translation>Beginn ein Bild später</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="206" />
        <source>End one frame earlier</source>
        <translation>Ende ein Bild früher</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="208" />
        <source>End one frame later</source>
        <translation>Ende ein Bild später</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="210" />
        <source>Start 100 ms earlier</source>
        <translation>Beginn 100 ms früher</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="212" />
        <source>Start 100 ms later</source>
        <translation>Beginn 100 ms später</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="214" />
        <source>End 100 ms earlier</source>
        <translation>Ende 100 ms früher</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="216" />
        <source>End 100 ms later</source>
        <translation>Ende 100 ms später</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="218" />
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="219" />
        <source>Play more slowly (down to 0.5×)</source>
        <translation>Langsamer abspielen (bis 0,5×)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="220" />
        <source>&amp;Faster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="221" />
        <source>Play faster (up to 2×)</source>
        <translation>Schneller abspielen (bis 2×)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="329" />
        <source>Audio only: no picture in this media.</source>
        <translation>Nur Audio: dieses Medium hat kein Bild.</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="34" />
        <source>This video is AV1, which this workstation cannot decode. Ask for an H.264 proxy.</source>
        <extracomment>In English (the tests compare with it); shown translated (``MediaPlayer`` context).</extracomment>
        <translation>Dieses Video ist im AV1-Format, das dieser Arbeitsplatz nicht dekodieren kann. Einen H.264-Proxy anfordern.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="198" />
        <source>The media file is missing: {name}</source>
        <extracomment>Playing this long with a video track and no picture means the video cannot be decoded. Once per process: Qt's messages routed, FFmpeg's level set. media opened: (has_audio, has_video)</extracomment>
        <translation>Die Mediendatei fehlt: {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="307" />
        <source>the media is not readable.</source>
        <translation>das Medium ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="308" />
        <location filename="../../subtitle_desk/ui/media/player.py" line="327" />
        <source>Cannot play {name}: {error}</source>
        <translation>{name} kann nicht abgespielt werden: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="326" />
        <source>unknown media error.</source>
        <translation>unbekannter Medienfehler.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="336" />
        <source>{codec} video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.</source>
        <translation>Das {codec}-Video in {name} zeigt kein Bild: Dieser Arbeitsplatz kann es nicht dekodieren. Einen H.264-Proxy anfordern.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="340" />
        <source>The video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.</source>
        <translation>Das Video in {name} zeigt kein Bild: Dieser Arbeitsplatz kann es nicht dekodieren. Einen H.264-Proxy anfordern.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="117" />
        <source>Sort by {lower_column}</source>
        <extracomment>The service's record (dict) behind a row. column key -&gt; the service's sort key; columns not listed cannot be sorted. Does the service sort ascending without a prefix (media) or descending (tasks)? Keep each row's display texts once worked out (only when they depend on the record alone). The roles ``role_data`` answers; None: ask it for every role. A page is being fetched (True) or arrived/failed (False): the page shows a busy line. The last fetch failed with this message ("" when it succeeded). Page 0 arrived: (total number of records matching the filters). Each row's display texts (``CACHE_DISPLAY``), None until the row is first painted. How many pages were requested since the last reload (tests and benchmarks read it).</extracomment>
        <translation>Nach {column} sortieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="118" />
        <source>{column} (not sortable)</source>
        <translation>{column} (nicht sortierbar)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="215" />
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="23" />
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="24" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="25" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="50" />
        <source>Preferences</source>
        <translation>Präferenzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="64" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="65" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="66" />
        <source>The desktop's font: {family}, {size} pt</source>
        <translation>Die Schrift des Desktops: {family}, {size} pt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="76" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="77" />
        <source>How often unsaved changes are copied aside, to be restored after a crash</source>
        <translation>Wie oft ungesicherte Änderungen beiseitegelegt werden, um sie nach einem Absturz wiederherzustellen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="84" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="87" />
        <source>Personal word lists…</source>
        <translation>Persönliche Wortlisten…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="88" />
        <source>Open the folder of the words you added: {folder}</source>
        <translation>Den Ordner der hinzugefügten Wörter öffnen: {folder}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="94" />
        <source>Show the audio waveform under the cue table</source>
        <translation>Die Audio-Wellenform unter der Untertiteltabelle zeigen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="96" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="98" />
        <source>Cue text font:</source>
        <translation>Schrift des Untertiteltexts:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="102" />
        <source>Autosave every:</source>
        <translation>Automatisch sichern alle:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="103" />
        <source>QC preset:</source>
        <translation>QC-Vorgabe:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="104" />
        <source>For files without a specification of their own</source>
        <translation>Für Dateien ohne eigene Spezifikation</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="105" />
        <source>Spelling language:</source>
        <translation>Sprache der Rechtschreibprüfung:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="106" />
        <source>For files that do not say their language</source>
        <translation>Für Dateien, die ihre Sprache nicht angeben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="107" />
        <source>Waveform:</source>
        <translation>Wellenform:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="121" />
        <source>Dotsub and appearance</source>
        <translation>Dotsub und Darstellung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="123" />
        <source>Download subtitles as:</source>
        <translation>Untertitel herunterladen als:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="124" />
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="125" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="126" />
        <source>The new language shows when Subtitle Desk next starts</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="134" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="139" />
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="141" />
        <source>Work folder:</source>
        <translation>Arbeitsordner:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="143" />
        <source>Downloaded subtitles being worked on, and files about to be sent.
Empty: the app's data folder. Work already in the old folder
stays there: open it from there (File ▸ Open) to go on with it.</source>
        <translation>Heruntergeladene Untertitel in Arbeit und Dateien, die gesendet werden.
Leer: der Datenordner der App. Arbeit im alten Ordner
bleibt dort: von dort öffnen (Datei ▸ Öffnen), um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="176" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (kein Wörterbuch)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="207" />
        <source>Give the work folder's whole path (or choose it).</source>
        <translation>Den vollständigen Pfad des Arbeitsordners angeben (oder ihn auswählen).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="209" />
        <source>{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.</source>
        <translation>{path} liegt in einem Cache-Ordner, den Aufräumprogramme leeren können: einen anderen Ort für die Arbeit wählen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="212" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="247" />
        <source>Keep work in</source>
        <translation>Arbeit aufbewahren in</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="51" />
        <source>Cue</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="51" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="52" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="123" />
        <source>Cue {number}: {problem}</source>
        <translation>Untertitel {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="91" />
        <source>Publish subtitles to DatoCMS</source>
        <translation>Untertitel in DatoCMS veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="94" />
        <source>Publish &lt;b&gt;{name}&lt;/b&gt; (%n cue(s)) as a WebVTT subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</source>
        <translation><numerusform>&lt;b&gt;{name}&lt;/b&gt; (%n Untertitel) als WebVTT-Untertitelspur von &lt;b&gt;{video}&lt;/b&gt; veröffentlichen.</numerusform><numerusform>&lt;b&gt;{name}&lt;/b&gt; (%n Untertitel) als WebVTT-Untertitelspur von &lt;b&gt;{video}&lt;/b&gt; veröffentlichen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="96" />
        <source>Closed captions (SDH: sound effects and speaker names for deaf and hard-of-hearing viewers)</source>
        <translation>Untertitel für Hörgeschädigte (SDH: Geräusche und Sprechernamen für gehörlose und schwerhörige Zuschauer)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="107" />
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="111" />
        <source>WebVTT cannot keep everything in these subtitles:
• {notes}</source>
        <translation>WebVTT kann nicht alles aus diesen Untertiteln übernehmen:
• {notes}</translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="32" />
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="203" />
        <source>Reading speed</source>
        <translation>Lesegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="33" />
        <source>Line too long</source>
        <translation>Zeile zu lang</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="34" />
        <source>Too many lines</source>
        <translation>Zu viele Zeilen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="35" />
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="35" />
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="36" />
        <source>Gap too small</source>
        <translation>Abstand zu klein</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="36" />
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="37" />
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="37" />
        <source>Bad timing</source>
        <translation>Fehlerhaftes Timing</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="38" />
        <source>Untranslated</source>
        <translation>Unübersetzt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="39" />
        <source>Glossary term</source>
        <translation>Glossarbegriff</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="39" />
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="171" />
        <source>The subtitle specification the cues are checked against</source>
        <translation>Die Untertitel-Spezifikation, gegen die geprüft wird</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="175" />
        <source>Show the problems of one rule</source>
        <translation>Die Probleme einer Regel zeigen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="211" />
        <source>Spec:</source>
        <translation>Spezifikation:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="236" />
        <source>Load Dotsub spec…</source>
        <translation>Dotsub-Spezifikation laden…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="293" />
        <source>All rules ({count})</source>
        <translation>Alle Regeln ({count})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="295" />
        <source>{rule} ({count})</source>
        <translation>{rule} ({count})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="301" />
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="304" />
        <source>✔ No problems</source>
        <translation>✔ Keine Probleme</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="308" />
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="310" />
        <source>{rule} {count}</source>
        <translation>{rule} {count}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="312" />
        <source>{problems} in {cues}: {rules}</source>
        <translation>{problems} in {cues}: {rules}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n Problem</numerusform><numerusform>⚠ %n Probleme</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n Untertitel</numerusform><numerusform>%n Untertiteln</numerusform></translation>
    </message>
</context>
<context>
    <name>QcProblem</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="39" />
        <source>"{word}"</source>
        <translation>„{word}“</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="52" />
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="55" />
        <source>%n lines (limit {limit})</source>
        <translation><numerusform>%n Zeile (Limit {limit})</numerusform><numerusform>%n Zeilen (Limit {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="59" />
        <source>line {line} has %n characters (limit {limit})</source>
        <translation><numerusform>Zeile {line} hat %n Zeichen (Limit {limit})</numerusform><numerusform>Zeile {line} hat %n Zeichen (Limit {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="61" />
        <source>line has %n characters (limit {limit})</source>
        <translation><numerusform>die Zeile hat %n Zeichen (Limit {limit})</numerusform><numerusform>die Zeile hat %n Zeichen (Limit {limit})</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="64" />
        <source>ends {ms} ms before it starts</source>
        <translation>endet {ms} ms vor seinem Beginn</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="65" />
        <source>ends when it starts</source>
        <translation>endet im Moment seines Beginns</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="67" />
        <source>lasts {ms} ms (minimum {limit} ms)</source>
        <translation>dauert {ms} ms (Minimum {limit} ms)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="69" />
        <source>lasts {ms} ms (maximum {limit} ms)</source>
        <translation>dauert {ms} ms (Maximum {limit} ms)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="71" />
        <source>{cps} characters per second (limit {limit})</source>
        <translation>{cps} Zeichen pro Sekunde (Limit {limit})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="74" />
        <source>overlaps the next cue by {ms} ms</source>
        <translation>überschneidet sich um {ms} ms mit dem nächsten Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="76" />
        <source>{ms} ms gap to the next cue (minimum {limit} ms)</source>
        <translation>{ms} ms Abstand zum nächsten Untertitel (Minimum {limit} ms)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="80" />
        <source>not translated: no text</source>
        <translation>nicht übersetzt: kein Text</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="82" />
        <source>not translated: same text as the source</source>
        <translation>nicht übersetzt: derselbe Text wie in der Quelle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="85" />
        <source>{list} or {item}</source>
        <translation>{list} oder {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="85" />
        <source>{list}; {item}</source>
        <translation>{list}; {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="86" />
        <source>{term} should be translated as {translations}</source>
        <translation>{term} sollte mit {translations} übersetzt werden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="90" />
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="91" />
        <source>misspelled: {words}</source>
        <translation>falsch geschrieben: {words}</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="165" />
        <source>an untitled document</source>
        <extracomment>(key) after a recovery was written (recovery, document) when the user accepted</extracomment>
        <translation>einem unbenannten Dokument</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="169" />
        <source> (autosaved {time})</source>
        <translation> (automatisch gesichert am {time})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="172" />
        <source>, %n cue(s)</source>
        <translation><numerusform>, %n Untertitel</numerusform><numerusform>, %n Untertitel</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="193" />
        <source>Restore unsaved changes?</source>
        <translation>Ungesicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="194" />
        <source>Subtitle Desk did not close normally. Unsaved changes to {recovery} were autosaved.</source>
        <translation>Subtitle Desk wurde nicht normal beendet. Ungesicherte Änderungen an {recovery} wurden automatisch gesichert.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="198" />
        <source>Restore them now? Discarding deletes the autosaved copy.</source>
        <translation>Jetzt wiederherstellen? Verwerfen löscht die automatisch gesicherte Kopie.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="199" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="200" />
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="201" />
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="217" />
        <source>Cannot restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="218" />
        <source>The autosaved copy is damaged: {error}</source>
        <translation>Die automatisch gesicherte Kopie ist beschädigt: {error}</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="49" />
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="52" />
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="54" />
        <source>Remove the stored value when you save</source>
        <translation>Den gespeicherten Wert beim Speichern entfernen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="57" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="59" />
        <source>Show what you are typing (never the stored value)</source>
        <translation>Die Eingabe anzeigen (nie den gespeicherten Wert)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="86" />
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="110" />
        <source>Will be removed when you save</source>
        <translation>Wird beim Speichern entfernt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="113" />
        <source>Set for this session only</source>
        <translation>Nur für diese Sitzung festgelegt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="113" />
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="121" />
        <source>(removed when you save)</source>
        <translation>(wird beim Speichern entfernt)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="36" />
        <source>Send to Dotsub</source>
        <extracomment>``done()`` code of "Review problems".</extracomment>
        <translation>An Dotsub senden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="46" />
        <source>{target}&lt;br&gt;{cues} as &lt;tt&gt;{file}&lt;/tt&gt;, saved on this computer first.</source>
        <extracomment>Cues whose text is empty or still the source's. The question asked when the task is marked completed with cues untranslated.</extracomment>
        <translation>{target}&lt;br&gt;{cues} als &lt;tt&gt;{file}&lt;/tt&gt;, zuerst auf diesem Computer gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="47" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n Untertitel</numerusform><numerusform>%n Untertiteln</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="62" />
        <source>{problems} in {cues}&lt;/b&gt; against the specification:</source>
        <translation>{problems} in {cues}&lt;/b&gt; gemäß der Spezifikation:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ %n QC-Problem</numerusform><numerusform>⚠ %n QC-Probleme</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="67" />
        <source>✔ No QC problems.</source>
        <translation>✔ Keine QC-Probleme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>%n von {cues} ist noch nicht übersetzt</numerusform><numerusform>%n von {cues} sind noch nicht übersetzt</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="78" />
        <source> (empty, or still the source's text). Translation ▸ Next untranslated cue (F9) finds them.</source>
        <translation> (leer oder noch der Text der Quelle). Übersetzung ▸ Nächster unübersetzter Untertitel (F9) findet sie.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="82" />
        <source>Mark the task &amp;completed</source>
        <translation>Aufgabe als &amp;abgeschlossen markieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="86" />
        <source>These subtitles were not opened from a task</source>
        <translation>Diese Untertitel wurden nicht aus einer Aufgabe geöffnet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="89" />
        <source>Task {task} is completed already</source>
        <translation>Aufgabe {task} ist bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="93" />
        <source>Task {task} moves on in the workflow once the subtitles are in</source>
        <translation>Aufgabe {task} geht im Arbeitsablauf weiter, sobald die Untertitel da sind</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="98" />
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="98" />
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="103" />
        <source>&amp;Review problems</source>
        <translation>Probleme &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="127" />
        <source>Complete the task?</source>
        <translation>Die Aufgabe abschließen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>%n Untertitel ist noch nicht übersetzt. Die Aufgabe trotzdem als abgeschlossen markieren?</numerusform><numerusform>%n Untertitel sind noch nicht übersetzt. Die Aufgabe trotzdem als abgeschlossen markieren?</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="131" />
        <source>A completed task goes on to the next step of the workflow.</source>
        <translation>Eine abgeschlossene Aufgabe geht zum nächsten Schritt des Arbeitsablaufs.</translation>
    </message>
</context>
<context>
    <name>ServiceSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="140" />
        <source>{service} account</source>
        <translation>{service}-Konto</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="151" />
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="170" />
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="232" />
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/widgets.py" line="66" />
        <source>Set up {service}…</source>
        <translation>{service} einrichten…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/widgets.py" line="85" />
        <source>Open the Settings menu to set up {service}</source>
        <translation>Das Menü Einstellungen öffnen, um {service} einzurichten</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="177" />
        <source>Restored unsaved changes to {name}</source>
        <extracomment>Things to close at exit (emulator servers, HTTP clients), closed in reverse order.</extracomment>
        <translation>Nicht gespeicherte Änderungen an {name} wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="194" />
        <source>Operation failed</source>
        <translation>Vorgang fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="224" />
        <source>Demo services on this computer: {services}</source>
        <translation>Demodienste auf diesem Computer: {services}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="23" />
        <source>Shift times</source>
        <translation>Zeiten verschieben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="26" />
        <source>Seconds (1.5) or a time (0:00:01.500)</source>
        <translation>Sekunden (1,5) oder eine Zeit (0:00:01.500)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="27" />
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="28" />
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>Nur der %n ausgewählte Untertitel</numerusform><numerusform>Nur die %n ausgewählten Untertitel</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="39" />
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="40" />
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="94" />
        <source>Window</source>
        <extracomment>Where a submenu's name joins its menu's in a group name ("Quality ▸ Specification").</extracomment>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="103" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="106" />
        <source>Find a command or a key</source>
        <translation>Befehl oder Taste suchen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="109" />
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="109" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="47" />
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="90" />
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="92" />
        <source>Source</source>
        <extracomment>"Copy to cue" was clicked: the current cue should take ``source_text()``. Rows of the source cues shown now, and whether they overlap the current cue.</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="61" />
        <source>No source cue at this time</source>
        <translation>Kein Quell-Untertitel zu dieser Zeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="68" />
        <source>Copy to cue</source>
        <translation>In den Untertitel kopieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="69" />
        <source>Replace the current cue's text with this source text (names, numbers, on-screen text); undoable</source>
        <translation>Den Text des aktuellen Untertitels durch diesen Quelltext ersetzen (Namen, Zahlen, Bildschirmtext); rückgängig machbar</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="91" />
        <source>{language} (source, read-only)</source>
        <translation>{language} (Quelle, schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="93" />
        <source>{count} cues in the source language</source>
        <translation>{count} Untertitel in der Quellsprache</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="164" />
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="165" />
        <source>“{term}”: use {translations}</source>
        <translation>„{term}“: {translations} verwenden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="167" />
        <source>“{term}”: in the glossary, without an approved translation</source>
        <translation>„{term}“: im Glossar, ohne freigegebene Übersetzung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="213" />
        <source>No source cue at this time; nearest:</source>
        <translation>Kein Quell-Untertitel zu dieser Zeit; die nächstgelegenen:</translation>
    </message>
</context>
<context>
    <name>SpecPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="25" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="25" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="26" />
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="26" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="27" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="27" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="28" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="28" />
        <source>Initials</source>
        <translation>Initialen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="29" />
        <source>Speaker id</source>
        <translation>Sprecher-ID</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="29" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="30" />
        <source>New line per speaker</source>
        <translation>Neue Zeile pro Sprecher</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="31" />
        <source>Double chevron (&gt;&gt;)</source>
        <translation>Doppelte spitze Klammer (&gt;&gt;)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="32" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="33" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="34" />
        <source>Dash per speaker (-)</source>
        <translation>Gedankenstrich pro Sprecher (-)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="39" />
        <source>spoken audio</source>
        <extracomment>What the spec asks to transcribe: (the Dotsub record's field, its name in the panel).</extracomment>
        <translation>gesprochener Ton</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="40" />
        <source>on-screen text</source>
        <translation>Bildschirmtext</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="41" />
        <source>audio description</source>
        <translation>Audiodeskription</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="61" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="68" />
        <source>Lines per cue</source>
        <translation>Zeilen pro Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="70" />
        <source>Characters per line</source>
        <translation>Zeichen pro Zeile</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="72" />
        <source>Reading speed</source>
        <translation>Lesegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="73" />
        <source>{value} characters/s</source>
        <translation>{value} Zeichen/s</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="74" />
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="77" />
        <source>Minimum gap</source>
        <translation>Mindestabstand</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="78" />
        <source>{value} ms</source>
        <translation>{value} ms</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="80" />
        <source>Speaker identification</source>
        <translation>Sprecherkennzeichnung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="82" />
        <source>Dialogue style</source>
        <translation>Dialogstil</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="85" />
        <source>Transcribe</source>
        <translation>Transkribieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="114" />
        <source>No task specification.</source>
        <translation>Keine Aufgabenspezifikation.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="115" />
        <source>QC checks against {spec}.</source>
        <translation>Die Qualitätsprüfung prüft gemäß {spec}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="117" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="134" />
        <source>Media notes</source>
        <translation>Hinweise zum Medium</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="120" />
        <source>all languages</source>
        <translation>alle Sprachen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="123" />
        <source>Dotsub spec {id}</source>
        <translation>Dotsub-Spezifikation {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="126" />
        <source>(disabled)</source>
        <translation>(deaktiviert)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="132" />
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="137" />
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>SubtitleOpener</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="63" />
        <source>Opening task {task}: {what}</source>
        <extracomment>Something is being opened: (what, shown in the page's status line) The editor has it: (WorkSession) Opening failed with the service's message The last session handed to the editor (tests and the smoke test read it).</extracomment>
        <translation>Aufgabe {task} wird geöffnet: {what}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="70" />
        <source>Opening {what}</source>
        <translation>{what} wird geöffnet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="77" />
        <source>Opening {what}…</source>
        <translation>{what} wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="79" />
        <source>{count} min</source>
        <translation>{count} Min.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="81" />
        <source>{count} h</source>
        <translation>{count} Std.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="83" />
        <source>{count} d</source>
        <translation>{count} T.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="85" />
        <source>{amount} overdue</source>
        <translation>{amount} überfällig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="86" />
        <source>in {amount}</source>
        <translation>in {amount}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="91" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="93" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="95" />
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="96" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="100" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="100" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="101" />
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="102" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="103" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="104" />
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="105" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="106" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="107" />
        <source>Media ID</source>
        <translation>Medien-ID</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="108" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="109" />
        <source>Task ID</source>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="131" />
        <source>Loading Dotsub tasks</source>
        <extracomment>"Now" for the highlighting; refreshed on every reload (tests may pin it). Task id -&gt; the progress of its translation on this computer (see ``local_progress``).</extracomment>
        <translation>Dotsub-Aufgaben werden geladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="197" />
        <source>Dotsub: {value} % done</source>
        <translation>Dotsub: {value} % erledigt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="200" />
        <source>On this computer: {progress}</source>
        <translation>Auf diesem Computer: {progress}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="204" />
        <source>Task {task}: {type} {language}</source>
        <translation>Aufgabe {task}: {type} {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="208" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="210" />
        <source>Due within 24 hours</source>
        <translation>Fällig innerhalb von 24 Stunden</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="52" />
        <source>Group</source>
        <extracomment>A task due within this time is "almost due". The light theme's row tints; rows take the scheme's own (``palette_colors()``) when drawn. The assignee types as the filter shows them (translated where shown).</extracomment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="52" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="53" />
        <source>Asr</source>
        <translation>Spracherkennung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="53" />
        <source>Mt</source>
        <translation>Maschinelle Übersetzung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="54" />
        <source>Tts</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="54" />
        <source>Burn In</source>
        <translation>Einbrennen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="55" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="279" />
        <source>Search media titles (Ctrl+F)</source>
        <extracomment>The saved language filter, until the language list arrives. The task the footer describes (forgotten when it leaves the list). The "accept it first?" question of the last Open (tests read it). (target, marks, source mtimes) -&gt; progress, so unchanged work is not read again.</extracomment>
        <translation>Medientitel durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="282" />
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="287" />
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Completed or not</source>
        <translation>Abgeschlossen oder nicht</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Accepted or not</source>
        <translation>Angenommen oder nicht</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Not accepted</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="296" />
        <source>Due from</source>
        <translation>Fällig ab</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="297" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="317" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="299" />
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="301" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="302" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="304" />
        <source>Load the task list again (F5)</source>
        <translation>Die Aufgabenliste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="306" />
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="307" />
        <source>Assignee name</source>
        <translation>Name der zugewiesenen Person</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="310" />
        <source>Any assignee type</source>
        <translation>Jede Art von Zuständigen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="313" />
        <source>Media ID</source>
        <translation>Medien-ID</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="314" />
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="315" />
        <source>Created since</source>
        <translation>Erstellt seit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="316" />
        <source>Completed from</source>
        <translation>Abgeschlossen ab</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="664" />
        <source>Loading tasks…</source>
        <translation>Aufgaben werden geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="343" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="345" />
        <source>Download the subtitles, spec and video and open them in the editor (Enter)</source>
        <translation>Untertitel, Spezifikation und Video herunterladen und im Editor öffnen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="347" />
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="349" />
        <source>Take the task: Dotsub assigns it to you</source>
        <translation>Die Aufgabe übernehmen: Dotsub weist sie Ihnen zu</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="350" />
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="352" />
        <source>Give the task back to its original assignee</source>
        <translation>Die Aufgabe an die ursprünglich zugewiesene Person zurückgeben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="356" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>Das Untertitelformat für den Download von Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="363" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="369" />
        <source>Dotsub tasks</source>
        <translation>Dotsub-Aufgaben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="376" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="377" />
        <source>Due within 24 hours</source>
        <translation>Fällig innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="378" />
        <source>Due dates in local time</source>
        <translation>Fälligkeiten in Ortszeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="414" />
        <source>Opened {title}</source>
        <translation>{title} geöffnet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="411" />
        <source>Find tasks by title</source>
        <translation>Aufgaben nach Titel suchen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="411" />
        <source>Load the task list again</source>
        <translation>Die Aufgabenliste neu laden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="518" />
        <source>Accept the task?</source>
        <translation>Die Aufgabe annehmen?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="519" />
        <source>Nobody has accepted task {task} ({description}) yet. Accept it before you open it?</source>
        <translation>Niemand hat Aufgabe {task} ({description}) bisher angenommen. Vor dem Öffnen annehmen?</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="523" />
        <source>Dotsub then assigns it to you, so nobody else starts on it.</source>
        <translation>Dotsub weist sie Ihnen dann zu, sodass niemand sonst damit beginnt.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="524" />
        <source>&amp;Accept and open</source>
        <translation>&amp;Annehmen und öffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="526" />
        <source>&amp;Open without accepting</source>
        <translation>Ohne Annehmen ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="556" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="564" />
        <source>Accepting task {task} ({title})</source>
        <translation>Aufgabe {task} ({title}) wird angenommen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="565" />
        <source>Releasing task {task} ({title})</source>
        <translation>Aufgabe {task} ({title}) wird freigegeben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="576" />
        <source>Accepting task {task} failed: {error}</source>
        <translation>Annehmen der Aufgabe {task} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="577" />
        <source>Releasing task {task} failed: {error}</source>
        <translation>Freigeben der Aufgabe {task} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="581" />
        <source>Task {task} accepted: it is yours now</source>
        <translation>Aufgabe {task} angenommen: sie gehört jetzt Ihnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="582" />
        <source>Task {task} released</source>
        <translation>Aufgabe {task} freigegeben</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="640" />
        <source>{task} · {progress} on this computer</source>
        <translation>{task} · {progress} auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="664" />
        <source>Loading more tasks…</source>
        <translation>Weitere Aufgaben werden geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="665" />
        <source>The task list could not be loaded: {error}</source>
        <translation>Die Aufgabenliste konnte nicht geladen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="674" />
        <source>%n task(s)</source>
        <translation><numerusform>%n Aufgabe</numerusform><numerusform>%n Aufgaben</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="675" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} von %n Aufgabe angezeigt</numerusform><numerusform>{shown} von %n Aufgaben angezeigt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="676" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n überfällig</numerusform><numerusform>, %n überfällig</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="666" />
        <source>The task list could not be loaded. See the message above; Retry when the problem is fixed.</source>
        <translation>Die Aufgabenliste konnte nicht geladen werden. Siehe die Meldung oben; „Wiederholen“, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="668" />
        <source>Loading tasks from Dotsub…</source>
        <translation>Aufgaben werden von Dotsub geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="669" />
        <source>No tasks match these filters.
Choose “Completed or not”, widen the due dates, or Clear filters.</source>
        <translation>Keine Aufgaben entsprechen diesen Filtern.
„Abgeschlossen oder nicht“ wählen, den Fälligkeitszeitraum erweitern oder „Filter zurücksetzen“.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="737" />
        <source>Task {task}: {type} {language}</source>
        <translation>Aufgabe {task}: {type} {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="741" />
        <source>from {language}</source>
        <translation>aus {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="743" />
        <source>assigned to {name}</source>
        <translation>zugewiesen an {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="745" />
        <source>error: {error}</source>
        <translation>Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>TimeParseError</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/timefmt.py" line="55" />
        <source>'{text}' is not a time: expected H:MM:SS.mmm, MM:SS.mmm or seconds</source>
        <translation>„{text}“ ist keine Zeitangabe: erwartet wird H:MM:SS.mmm, MM:SS.mmm oder Sekunden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/timefmt.py" line="60" />
        <source>'{text}' is not a time: minutes and seconds go up to 59</source>
        <translation>„{text}“ ist keine Zeitangabe: Minuten und Sekunden gehen bis 59</translation>
    </message>
</context>
<context>
    <name>TrackForm</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="52" />
        <source>Shown in the player's subtitle menu</source>
        <extracomment>language id -&gt; track name</extracomment>
        <translation>Wird im Untertitelmenü des Players angezeigt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="56" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="57" />
        <source>Track name:</source>
        <translation>Spurname:</translation>
    </message>
</context>
<context>
    <name>TracksModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="131" />
        <source>Language</source>
        <extracomment>Set by the controller: called when the view wants the next page.</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="132" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="133" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="134" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="184" />
        <source>SDH</source>
        <translation>SDH</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="135" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="136" />
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="181" />
        <source>Subtitles</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="182" />
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="197" />
        <source>Closed captions (subtitles for the deaf and hard of hearing)</source>
        <translation>Untertitel für Hörgeschädigte (für Gehörlose und Schwerhörige)</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="31" />
        <source>Playhead position</source>
        <translation>Abspielposition</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="38" />
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="58" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="58" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>UploadForm</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="37" />
        <source>A title is required.</source>
        <extracomment>Dotsub's rule for media titles (letters and digits in any script, spaces and ()_-,.).</extracomment>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="39" />
        <source>The title is {length} characters long; keep it to {limit}.</source>
        <translation>Der Titel ist {length} Zeichen lang; höchstens {limit} sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="45" />
        <source>The title “{title}” has characters Dotsub does not allow: {characters}. Use letters, digits, spaces and ( ) _ - , . only.</source>
        <translation>Der Titel „{title}“ enthält Zeichen, die Dotsub nicht zulässt: {characters}. Nur Buchstaben, Ziffern, Leerzeichen und ( ) _ - , . verwenden.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="54" />
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>File</source>
        <extracomment>Ask the page to (re)load projects and languages.</extracomment>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>Title on Dotsub</source>
        <translation>Titel auf Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="88" />
        <source>Drop video files here, or use Add files…</source>
        <translation>Videodateien hier ablegen oder „Dateien hinzufügen…“ verwenden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="93" />
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="95" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="101" />
        <source>Choose a project…</source>
        <translation>Projekt wählen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="113" />
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="114" />
        <source>Load the projects and languages from Dotsub again</source>
        <translation>Projekte und Sprachen erneut von Dotsub laden</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="117" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="118" />
        <source>Language spoken</source>
        <translation>Gesprochene Sprache</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="119" />
        <source>Translate into</source>
        <translation>Übersetzen in</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="130" />
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="327" />
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="183" />
        <source>Videos to upload to Dotsub</source>
        <translation>Videos zum Hochladen zu Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="184" />
        <source>Video and audio ({patterns});;All files (*)</source>
        <translation>Video und Audio ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="273" />
        <source>Add at least one video file.</source>
        <translation>Mindestens eine Videodatei hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="275" />
        <source>Choose the Dotsub project the videos go to.</source>
        <translation>Das Dotsub-Projekt für die Videos wählen.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="276" />
        <source>Choose a Dotsub project (none loaded yet).</source>
        <translation>Ein Dotsub-Projekt wählen (noch keine geladen).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="280" />
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="327" />
        <source>Upload %n file(s)</source>
        <translation><numerusform>%n Datei hochladen</numerusform><numerusform>%n Dateien hochladen</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="330" />
        <source>Choose the Dotsub project first</source>
        <translation>Zuerst das Dotsub-Projekt wählen</translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="47" />
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="48" />
        <source>Creating media</source>
        <translation>Medium wird erstellt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="49" />
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="50" />
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="51" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="52" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="53" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="107" />
        <source>{sent} of {total}</source>
        <extracomment>What the remote media is in, in words ("Dotsub lists media 12 as a pending upload ...").</extracomment>
        <translation>{sent} von {total}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="130" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="130" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="131" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="131" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="132" />
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="132" />
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="133" />
        <source>On Dotsub</source>
        <translation>Auf Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="196" />
        <source>Nothing was sent to Dotsub.</source>
        <extracomment>(job) whenever a job's state, progress or remote state changes. How many files upload at once. The engine's own retries of a dropped connection / 5xx within one run, and its backoff.</extracomment>
        <translation>Es wurde nichts an Dotsub gesendet.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="224" />
        <source>Deleting media {media} failed: {error}</source>
        <translation>Löschen des Mediums {media} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="228" />
        <source>Media {media} was deleted from Dotsub.</source>
        <translation>Medium {media} wurde aus Dotsub gelöscht.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="232" />
        <source>Deleting Dotsub media {media} ({file})</source>
        <translation>Dotsub-Medium {media} wird gelöscht ({file})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="262" />
        <source>Uploading {file} to Dotsub</source>
        <translation>{file} wird zu Dotsub hochgeladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="267" />
        <source>Creating the media on Dotsub…</source>
        <translation>Medium wird auf Dotsub erstellt…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="319" />
        <source>{rate}/s, {time} left</source>
        <translation>{rate}/s, noch {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="320" />
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="321" />
        <source>{progress}, {pace} (attempt {attempt})</source>
        <translation>{progress}, {pace} (Versuch {attempt})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="322" />
        <source>{progress}, {pace}</source>
        <translation>{progress}, {pace}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="334" />
        <source>Media {media} in project {project}: {status}.</source>
        <translation>Medium {media} im Projekt {project}: {status}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="337" />
        <source>{size} sent; media {media}</source>
        <translation>{size} gesendet; Medium {media}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="346" />
        <source>No media was created on Dotsub.</source>
        <translation>Auf Dotsub wurde kein Medium erstellt.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="348" />
        <source>Dotsub lists the upload of media {media} as {status}: Retry uploads it again.</source>
        <translation>Dotsub führt den Upload von Medium {media} als „{status}“: „Wiederholen“ lädt es erneut hoch.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="357" />
        <source>Cancelled before Dotsub answered: if a media was created, it has no video (look for the title in Media).</source>
        <translation>Abgebrochen, bevor Dotsub antwortete: Falls ein Medium erstellt wurde, hat es kein Video (unter „Medien“ nach dem Titel suchen).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="359" />
        <source>Media {media} stays on Dotsub as a pending upload without a video: Retry uploads it again, Delete media removes it.</source>
        <translation>Medium {media} bleibt als ausstehender Upload ohne Video auf Dotsub: „Wiederholen“ lädt es erneut hoch, „Medium löschen“ entfernt es.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="370" />
        <source>Media {media} is no longer on Dotsub.</source>
        <translation>Medium {media} ist nicht mehr auf Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="379" />
        <source>Dotsub lists media {media} as a pending upload ({status}, {percent} %) without a video: Retry uploads it again, Delete media removes it.</source>
        <translation>Dotsub führt Medium {media} als ausstehenden Upload ({status}, {percent} %) ohne Video: „Wiederholen“ lädt es erneut hoch, „Medium löschen“ entfernt es.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="383" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="384" />
        <source>Dotsub lists the upload of media {media} as {status}.</source>
        <translation>Dotsub führt den Upload von Medium {media} als „{status}“.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="439" />
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="441" />
        <source>Uploading (attempt {attempt})</source>
        <translation>Wird hochgeladen (Versuch {attempt})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="452" />
        <source>Media {media}</source>
        <translation>Medium {media}</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="45" />
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="46" />
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="48" />
        <source>Upload &amp;videos to Dotsub…</source>
        <translation>&amp;Videos zu Dotsub hochladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="51" />
        <source>Show &amp;uploads</source>
        <translation>&amp;Uploads zeigen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="53" />
        <source>&amp;Cancel all uploads</source>
        <translation>Alle Uploads &amp;abbrechen</translation>
    </message>
</context>
<context>
    <name>UploadsModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="72" />
        <source>Video</source>
        <extracomment>The record (Upload, Track or JobEntry) behind a row. A track status's colour: a ThemeColors name, looked up in the scheme on screen when drawn.</extracomment>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="73" />
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="74" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="75" />
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="158" />
        <source>Upload videos to Dotsub</source>
        <translation>Videos zu Dotsub hochladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="160" />
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="196" />
        <source>Loading projects and languages from Dotsub…</source>
        <translation>Projekte und Sprachen werden von Dotsub geladen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="199" />
        <source>Loading Dotsub projects and languages</source>
        <translation>Dotsub-Projekte und -Sprachen werden geladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="210" />
        <source>Could not load the projects and languages: {error}</source>
        <translation>Projekte und Sprachen konnten nicht geladen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="221" />
        <source>{projects} projects, {languages} languages in your organization.</source>
        <translation>{projects} Projekte, {languages} Sprachen in Ihrer Organisation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="243" />
        <source>Uploading %n file(s) to Dotsub</source>
        <translation><numerusform>%n Datei wird zu Dotsub hochgeladen</numerusform><numerusform>%n Dateien werden zu Dotsub hochgeladen</numerusform></translation>
    </message>
</context>
<context>
    <name>UploadsPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="69" />
        <source>No uploads yet. Add video files above and press Upload.</source>
        <translation>Noch keine Uploads. Oben Videodateien hinzufügen und „Hochladen“ drücken.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="76" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="78" />
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="80" />
        <source>Delete media on Dotsub</source>
        <translation>Medium auf Dotsub löschen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="82" />
        <source>Remove the media a failed or cancelled upload left on Dotsub</source>
        <translation>Das Medium entfernen, das ein fehlgeschlagener oder abgebrochener Upload auf Dotsub hinterlassen hat</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="83" />
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="130" />
        <source>{file} → “{title}”: {state}</source>
        <translation>{file} → „{title}“: {state}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="140" />
        <source>{active} uploading, {queued} queued (at most {parallel} at a time)</source>
        <translation>{active} werden hochgeladen, {queued} warten (höchstens {parallel} gleichzeitig)</translation>
    </message>
</context>
<context>
    <name>UploadsQuitQuestion</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="253" />
        <source>Uploads still running</source>
        <translation>Uploads laufen noch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="266" />
        <source>%n upload(s) to Dotsub not finished. Quitting cancels it/them; media already created stay on Dotsub as pending uploads without a video.

Quit anyway?</source>
        <translation><numerusform>Der Upload zu Dotsub ist nicht abgeschlossen. Beim Beenden wird er abgebrochen; bereits erstellte Medien bleiben als ausstehende Uploads ohne Video auf Dotsub.

Trotzdem beenden?</numerusform><numerusform>%n Uploads zu Dotsub sind nicht abgeschlossen. Beim Beenden werden sie abgebrochen; bereits erstellte Medien bleiben als ausstehende Uploads ohne Video auf Dotsub.

Trotzdem beenden?</numerusform></translation>
    </message>
</context>
<context>
    <name>VideoCache</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="105" />
        <source>The video was not saved: {error}</source>
        <extracomment>Await a video download up to this size before opening the editor; bigger ones open with the URL. Resolves to the size in bytes (None when the host does not say) once headers arrive.</extracomment>
        <translation>Das Video wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="114" />
        <source>Downloading the video of {title}</source>
        <translation>Video von {title} wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="116" />
        <source>Downloading the video</source>
        <translation>Video wird heruntergeladen</translation>
    </message>
</context>
<context>
    <name>WaveformLoader</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="35" />
        <source>This media has no audio track, so there is no waveform.</source>
        <extracomment>In English; shown as ``QCoreApplication.translate("WaveformLoader", NO_AUDIO_MESSAGE)``.</extracomment>
        <translation>Dieses Medium hat keine Tonspur, daher gibt es keine Wellenform.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="162" />
        <source>The audio could not be decoded.</source>
        <extracomment>Enough for a faithful envelope at 100 buckets/s, and 3x less work than 48 kHz.</extracomment>
        <translation>Der Ton konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="214" />
        <source>The media file is missing: {name}</source>
        <extracomment>True once ``loaded`` came from the disk cache rather than a decode (for tests/UI).</extracomment>
        <translation>Die Mediendatei fehlt: {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="254" />
        <source>The media could not be opened.</source>
        <translation>Das Medium konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform.py" line="547" />
        <source>Decoding audio… {percent}%</source>
        <extracomment>a cue region was double-clicked</extracomment>
        <translation>Ton wird dekodiert… {percent} %</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="102" />
        <source>The kept cues could not be read ({error}): none are kept</source>
        <extracomment>Progress is worked out again this long after the last change (typing stays instant). the source or the kept marks changed (None: every row; else the rows) the glossary in force changed: (GlossaryMatcher or None) the spell checker in force changed: (SpellChecker or None) words were added to the dictionary or ignored: underlines are re-checked the translation progress: (core.translation.Progress or None) a status-bar message The language spelling is checked in (None: off), and why it is not, when it is not.</extracomment>
        <translation>Die belassenen Untertitel konnten nicht gelesen werden ({error}): keiner ist belassen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="164" />
        <source>The kept cues could not be saved: {error}</source>
        <translation>Die belassenen Untertitel konnten nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="242" />
        <source>No spelling dictionary for {language}: spelling is not checked</source>
        <translation>Kein Rechtschreibwörterbuch für {language}: die Rechtschreibung wird nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="248" />
        <source>Spelling is not checked: {error}</source>
        <translation>Die Rechtschreibung wird nicht geprüft: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="257" />
        <source>Spelling checked in {language}</source>
        <translation>Rechtschreibprüfung in {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="261" />
        <source>Loading the {language} spelling dictionary</source>
        <translation>Rechtschreibwörterbuch {language} wird geladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="270" />
        <source>“{word}” could not be added to the dictionary: {error}</source>
        <translation>„{word}“ konnte nicht zum Wörterbuch hinzugefügt werden: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="272" />
        <source>“{word}” added to your {dictionary} dictionary</source>
        <translation>„{word}“ zu Ihrem Wörterbuch {dictionary} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="280" />
        <source>“{word}” ignored until Subtitle Desk closes</source>
        <translation>„{word}“ wird ignoriert, bis Subtitle Desk geschlossen wird</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="112" />
        <source>✔ Done</source>
        <translation>✔ Fertig</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="112" />
        <source>✖ Failed</source>
        <translation>✖ Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="113" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="145" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="149" />
        <source>Working…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="150" />
        <source>  ·  running for {time}</source>
        <translation>  ·  läuft seit {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="153" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="156" />
        <source>Done after {time}</source>
        <translation>Fertig nach {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="157" />
        <source>Cancelled after {time}</source>
        <translation>Abgebrochen nach {time}</translation>
    </message>
</context>
<context>
    <name>cielo24</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="35" />
        <source>c&amp;ielo24</source>
        <translation>c&amp;ielo24</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="36" />
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="37" />
        <source>&amp;New job…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="39" />
        <source>Add &amp;media to the selected job…</source>
        <translation>&amp;Medien zum ausgewählten Auftrag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="41" />
        <source>Request &amp;transcription…</source>
        <translation>&amp;Transkription anfordern…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="43" />
        <source>&amp;Open captions in editor</source>
        <translation>Untertitel im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="45" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../subtitle_desk/ui/i18n.py" line="47" />
        <source>Follow the system</source>
        <extracomment>The compiled .qm files the app loads (package data). The .ts sources, in a checkout (not in an installed or bundled app). The languages the interface speaks, each named in itself.</extracomment>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="26" />
        <source>waiting for the video file</source>
        <extracomment>Dotsub's ``uploadDetail.status`` of a media, as the end of "The upload is …" (shown translated by ``upload_status``).</extracomment>
        <translation>wartet auf die Videodatei</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="27" />
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="28" />
        <source>uploaded; Dotsub is encoding it</source>
        <translation>hochgeladen; Dotsub kodiert es</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="29" />
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="30" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="31" />
        <source>encoded</source>
        <translation>kodiert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="32" />
        <source>processed</source>
        <translation>verarbeitet</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="40" />
        <source>subtitles</source>
        <extracomment>Statuses that mean Dotsub still waits for the video (Retry sends it, Delete removes the media). DatoCMS's track ``status``.</extracomment>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="40" />
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="48" />
        <source>Caption</source>
        <extracomment>For pyside6-lupdate: the names core.work.dotsub.TASK_TYPE_LABELS gives (the core has no Qt), and the other tables' names shown on their own; ``translated`` shows them in the user's language.</extracomment>
        <translation>Untertitelung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="48" />
        <source>Pivot translate</source>
        <translation>Pivot-Übersetzung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="49" />
        <source>Direct translate</source>
        <translation>Direkte Übersetzung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="49" />
        <source>Translate</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="50" />
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="50" />
        <source>Post-editing</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="51" />
        <source>Proofreading</source>
        <translation>Korrekturlesen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="51" />
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Burn-in</source>
        <translation>Einbrennen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Push</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="53" />
        <source>Text to speech</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="55" />
        <source>Mechanical</source>
        <translation>Maschinell</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="55" />
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="56" />
        <source>Professional</source>
        <translation>Professionell</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="56" />
        <source>External</source>
        <translation>Extern</translation>
    </message>
</context>
</TS>