<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="342" />
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="203" />
        <source>Nothing has run yet. Downloads, uploads and checks appear here.</source>
        <translation>Noch lief nichts. Downloads, Uploads und Prüfungen erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="210" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="211" />
        <source>Copy the selected operation's message</source>
        <translation>Die Meldung des ausgewählten Vorgangs kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="216" />
        <source>Running only</source>
        <translation>Nur laufende</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="218" />
        <location filename="../../ui/activity_panel.py" line="330" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="221" />
        <source>Cancel all</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="223" />
        <source>Clear finished</source>
        <translation>Beendete entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="275" />
        <source>{operation} failed: {error}</source>
        <translation>{operation} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="277" />
        <source>{operation}: cancelled after {time}.</source>
        <translation>{operation}: abgebrochen nach {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="280" />
        <source>{operation}: done in {time}.</source>
        <translation>{operation}: fertig in {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="282" />
        <source>{operation}: working…</source>
        <translation>{operation}: läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="333" />
        <source>Copy message</source>
        <translation>Meldung kopieren</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="75" />
        <source>Setup</source>
        <extracomment>The user chose to try the desk on the built-in local services (first-start offer).</extracomment>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="79" />
        <source>{service} account…</source>
        <translation>{service}-Konto…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="83" />
        <source>&amp;Accounts (Setup page)</source>
        <translation>&amp;Konten (Seite Einrichtung)</translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message>
        <location filename="../../ui/editor/pane.py" line="125" />
        <location filename="../../ui/editor/pane.py" line="203" />
        <source>No cue selected</source>
        <extracomment>the context menu is about to open at this position: the pane fills it (row, new text) on every keystroke in the text box. (row, start ms, end ms) when a typed time is accepted. the user finished a typing session (focus left the text box). a message for the status bar (e.g. why a typed time was refused). "Add to dictionary" / "Ignore" on a misspelled word: (word) The language's direction, for cues with no strongly directional text yet (an empty new cue in an Arabic translation is typed right to left). Set by the workspace.</extracomment>
        <translation>Kein Untertitel ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="140" />
        <source>Type H:MM:SS.mmm, MM:SS.mmm, SRT's 00:00:01,000 or seconds; Enter applies</source>
        <translation>H:MM:SS.mmm, MM:SS.mmm, SRTs 00:00:01,000 oder Sekunden eingeben; Eingabe übernimmt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="147" />
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="148" />
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="149" />
        <source>D&amp;uration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="154" />
        <source>Cue text (Enter for a new line)</source>
        <translation>Untertiteltext (Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="210" />
        <source>Cue {number}</source>
        <translation>Untertitel {number}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="296" />
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="299" />
        <source>Add “{word}” to dictionary</source>
        <translation>„{word}“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="302" />
        <source>Ignore “{word}”</source>
        <translation>„{word}“ ignorieren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="371" />
        <source>The end time must not be before the start time</source>
        <translation>Die Endzeit darf nicht vor der Anfangszeit liegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>%n Zeile, Zeichen pro Zeile: {lengths}    Z/s: {cps}    Dauer: {duration} s</numerusform><numerusform>%n Zeilen, Zeichen pro Zeile: {lengths}    Z/s: {cps}    Dauer: {duration} s</numerusform></translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="68" />
        <source>Start</source>
        <extracomment>Shown in place of a line break in the one-line table view.</extracomment>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="68" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="69" />
        <source>Dur.</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="69" />
        <source>CPS</source>
        <translation>Z/s</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="70" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="70" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="71" />
        <source>QC</source>
        <translation>QC</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="72" />
        <source>Cue number</source>
        <translation>Untertitelnummer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="73" />
        <source>Start time (H:MM:SS.mmm)</source>
        <translation>Anfangszeit (H:MM:SS.mmm)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="74" />
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="75" />
        <source>Duration in seconds</source>
        <translation>Dauer in Sekunden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="76" />
        <source>Characters per second (reading speed)</source>
        <translation>Zeichen pro Sekunde (Lesegeschwindigkeit)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="77" />
        <source>The source cues this cue overlaps in time (read-only)</source>
        <translation>Die Quell-Untertitel, mit denen sich dieser zeitlich überschneidet (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="78" />
        <source>Cue text; ⏎ marks a line break</source>
        <translation>Untertiteltext; ⏎ markiert einen Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="79" />
        <source>Quality-check problems</source>
        <translation>Probleme der Qualitätsprüfung</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <location filename="../../ui/editor/page.py" line="116" />
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
        <location filename="../../ui/desk/datocms/__init__.py" line="45" />
        <source>Dato&amp;CMS</source>
        <translation>Dato&amp;CMS</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="47" />
        <source>&amp;Videos and tracks</source>
        <translation>&amp;Videos und Spuren</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="48" />
        <source>&amp;Publish open subtitles…</source>
        <translation>Geöffnete Untertitel &amp;veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="49" />
        <source>Publish a &amp;Dotsub media's languages…</source>
        <translation>Die Sprachen eines &amp;Dotsub-Mediums veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="50" />
        <source>&amp;Generate subtitles…</source>
        <translation>Untertitel &amp;erzeugen…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="51" />
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>Dotsub</name>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="56" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="57" />
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="65" />
        <source>&amp;Dotsub</source>
        <translation>&amp;Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="66" />
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="67" />
        <source>&amp;Media</source>
        <translation>&amp;Medien</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="68" />
        <source>&amp;Open selected task</source>
        <translation>Ausgewählte Aufgabe ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="69" />
        <source>&amp;Accept selected task</source>
        <translation>Ausgewählte Aufgabe &amp;annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="70" />
        <source>&amp;Release selected task</source>
        <translation>Ausgewählte Aufgabe &amp;freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="71" />
        <source>Re&amp;load tasks and media</source>
        <translation>Aufgaben und Medien &amp;neu laden</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../ui/editor/page.py" line="225" />
        <source>Quality check</source>
        <extracomment>(display name, dirty) for the window title a status-bar message the user chose to throw the unsaved changes away Message boxes shown without blocking (tests read them): the last one per purpose. The fonts before any preference: what "the standard font" goes back to. Set by a workspace: its session as JSON for "reopen the last work" (None: a plain file), and how to reopen such a record. The user moved the divider beside the media (now or in an earlier run).</extracomment>
        <translation>Qualitätsprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="280" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="280" />
        <source>Open a subtitle file</source>
        <translation>Eine Untertiteldatei öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="281" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="281" />
        <source>Save in the file's own format</source>
        <translation>Im eigenen Format der Datei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="282" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="283" />
        <source>Save under another name or in another format</source>
        <translation>Unter einem anderen Namen oder in einem anderen Format speichern</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="284" />
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="285" />
        <source>Open the folder that holds the file in the file manager</source>
        <translation>Den Ordner der Datei im Dateimanager öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="288" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="292" />
        <location filename="../../ui/editor/page.py" line="494" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="297" />
        <location filename="../../ui/editor/page.py" line="496" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="298" />
        <source>&amp;Insert cue after</source>
        <translation>Untertitel danach &amp;einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="299" />
        <source>A new cue after the current one</source>
        <translation>Ein neuer Untertitel nach dem aktuellen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="300" />
        <source>&amp;Delete cues</source>
        <translation>Untertitel &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="301" />
        <source>Delete the selected cues</source>
        <translation>Die ausgewählten Untertitel löschen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="302" />
        <source>S&amp;plit at cursor</source>
        <translation>Am Cursor &amp;teilen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="303" />
        <source>Split the current cue where the text cursor is</source>
        <translation>Den aktuellen Untertitel an der Textcursor-Position teilen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="304" />
        <source>&amp;Merge selected</source>
        <translation>Auswahl &amp;zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="305" />
        <source>Merge the selected adjacent cues into one</source>
        <translation>Die ausgewählten benachbarten Untertitel zu einem zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="306" />
        <source>S&amp;hift times…</source>
        <translation>Zeiten &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="307" />
        <source>Move the selected cues, or all cues, earlier or later</source>
        <translation>Die ausgewählten oder alle Untertitel früher oder später setzen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="308" />
        <source>Change &amp;frame rate…</source>
        <translation>&amp;Bildrate ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="309" />
        <source>Retime every cue from one frame rate to another</source>
        <translation>Alle Untertitel von einer Bildrate auf eine andere umrechnen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="310" />
        <source>&amp;Find and replace…</source>
        <translation>&amp;Suchen und ersetzen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="311" />
        <source>Find text, replace text (regular expressions allowed)</source>
        <translation>Text suchen, Text ersetzen (reguläre Ausdrücke erlaubt)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="312" />
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="313" />
        <source>Next cue</source>
        <translation>Nächster Untertitel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="314" />
        <source>Previous cue</source>
        <translation>Vorheriger Untertitel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="316" />
        <source>&amp;Go to cue…</source>
        <translation>&amp;Gehe zu Untertitel…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="322" />
        <source>&amp;Load Dotsub spec…</source>
        <translation>Dotsub-Spezifikation &amp;laden…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="323" />
        <source>Check against a subtitle specification JSON from Dotsub</source>
        <translation>Gegen eine Untertitel-Spezifikation (JSON) von Dotsub prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="325" />
        <source>Next &amp;problem</source>
        <translation>Nächstes &amp;Problem</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="326" />
        <source>Pre&amp;vious problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="329" />
        <source>&amp;Quality check panel</source>
        <translation>&amp;Qualitätsprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="331" />
        <source>S&amp;pelling language</source>
        <translation>Sprache der &amp;Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="336" />
        <source>&amp;Next untranslated cue</source>
        <translation>&amp;Nächster unübersetzter Untertitel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="337" />
        <source>The next cue whose text is empty or still the source's</source>
        <translation>Der nächste Untertitel, dessen Text leer oder noch der der Quelle ist</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="339" />
        <source>&amp;Previous untranslated cue</source>
        <translation>&amp;Vorheriger unübersetzter Untertitel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="340" />
        <source>The previous cue whose text is empty or still the source's</source>
        <translation>Der vorherige Untertitel, dessen Text leer oder noch der der Quelle ist</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="342" />
        <source>&amp;Keep as in the source</source>
        <translation>Wie in der Quelle &amp;belassen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="343" />
        <source>The selected cues are meant to read as in the source (a name, a number): not untranslated</source>
        <translation>Die ausgewählten Untertitel sollen wie in der Quelle lauten (ein Name, eine Zahl): nicht unübersetzt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="354" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="363" />
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="364" />
        <source>&amp;Specification</source>
        <translation>&amp;Spezifikation</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="377" />
        <source>&amp;Translation</source>
        <translation>Ü&amp;bersetzung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="493" />
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="495" />
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederherstellen: {action}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="560" />
        <source>Go to cue</source>
        <translation>Gehe zu Untertitel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="560" />
        <source>Cue number</source>
        <translation>Untertitelnummer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="574" />
        <source>No QC problems</source>
        <translation>Keine QC-Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="590" />
        <source>Every cue is translated</source>
        <translation>Alle Untertitel sind übersetzt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="603" />
        <source>No source cue at this time: nothing to keep</source>
        <translation>Kein Quell-Untertitel zu dieser Zeit: nichts zu belassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="605" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>%n Untertitel wie in der Quelle belassen</numerusform><numerusform>%n Untertitel wie in der Quelle belassen</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="606" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>%n Untertitel nicht mehr wie in der Quelle belassen</numerusform><numerusform>%n Untertitel nicht mehr wie in der Quelle belassen</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="629" />
        <source>Only adjacent cues can be merged</source>
        <translation>Nur benachbarte Untertitel lassen sich zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="674" />
        <source>Invalid pattern: {error}</source>
        <translation>Ungültiges Muster: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="682" />
        <source>Cue {number}</source>
        <translation>Untertitel {number}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="684" />
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="692" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n Ersetzung</numerusform><numerusform>%n Ersetzungen</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="706" />
        <source>Unsaved changes</source>
        <translation>Ungesicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="706" />
        <source>Save the changes to {name} first?</source>
        <translation>Die Änderungen an {name} zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="716" />
        <location filename="../../ui/editor/page.py" line="756" />
        <source>Save subtitles as</source>
        <translation>Untertitel speichern unter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="731" />
        <source>Open subtitles</source>
        <translation>Untertitel öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="800" />
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="803" />
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="805" />
        <source>&amp;Open the last work at start</source>
        <translation>Die letzte Arbeit beim Start ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="813" />
        <source>{path} is not there any more</source>
        <translation>{path} ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="853" />
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="855" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (kein Wörterbuch)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="874" />
        <source>Load a subtitle specification</source>
        <translation>Eine Untertitel-Spezifikation laden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="875" />
        <source>Subtitle specification (*.json);;All files (*)</source>
        <translation>Untertitel-Spezifikation (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="903" />
        <source>Saved with changes</source>
        <translation>Mit Änderungen gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="904" />
        <source>{name} was saved. The format could not keep everything:</source>
        <translation>{name} wurde gespeichert. Das Format konnte nicht alles behalten:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="102" />
        <source>Something went wrong ({error_type}). {message}</source>
        <extracomment>(short message, details) for every reported exception.</extracomment>
        <translation>Etwas ist schiefgegangen ({error_type}). {message}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110" />
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="111" />
        <source>Find and replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="117" />
        <source>Regular expression (replacement may use \1, \g&lt;name&gt;)</source>
        <translation>Regulärer Ausdruck (der Ersatz darf \1, \g&lt;name&gt; verwenden)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="118" />
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="119" />
        <source>Only in selected cues</source>
        <translation>Nur in ausgewählten Untertiteln</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="123" />
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="124" />
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="128" />
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="129" />
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="131" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FrameRateDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="66" />
        <source>Change frame rate</source>
        <translation>Bildrate ändern</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="76" />
        <source>From (fps)</source>
        <translation>Von (fps)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="77" />
        <source>To (fps)</source>
        <translation>Nach (fps)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="78" />
        <source>Every cue is retimed: times are multiplied by from ÷ to.</source>
        <translation>Alle Untertitel werden umgerechnet: die Zeiten werden mit Von ÷ Nach multipliziert.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="98" />
        <source>Frame rates are positive numbers, e.g. 23.976 or 25</source>
        <translation>Bildraten sind positive Zahlen, z. B. 23.976 oder 25</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="39" />
        <source>Source term</source>
        <translation>Quellbegriff</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="39" />
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="48" />
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="50" />
        <source>Import the project's glossary (a Dotsub glossary CSV)</source>
        <translation>Das Glossar des Projekts importieren (eine Dotsub-Glossar-CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="52" />
        <source>Upload to Dotsub</source>
        <translation>Zu Dotsub hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="54" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>Das Glossar dieses Projekts auf Dotsub anlegen oder ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="65" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>Kein Glossar: eine Dotsub-Aufgabe öffnen, um das Glossar ihres Projekts zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="78" />
        <source>(no approved translation)</source>
        <translation>(keine freigegebene Übersetzung)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="86" />
        <source>The cue uses an approved translation</source>
        <translation>Der Untertitel verwendet eine freigegebene Übersetzung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="87" />
        <source>The cue uses none of the approved translations</source>
        <translation>Der Untertitel verwendet keine der freigegebenen Übersetzungen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="90" />
        <source>No glossary term in this cue's source</source>
        <translation>Kein Glossarbegriff in der Quelle dieses Untertitels</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Editor</source>
        <extracomment>the window closed for good (after any "save changes?" question) The theme in force: ui.app applies the saved one before any window exists. The dialogs while open (non-blocking; tests reach them here). Called before closing; False keeps the window open (the editor asks about unsaved work).</extracomment>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Präferenzen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;About Subtitle Desk</source>
        <translation>Ü&amp;ber Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>About Subtitle Desk</source>
        <translation>Über Subtitle Desk</translation>
    </message>
</context>
<context>
    <name>MediaBinding</name>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="78" />
        <source>Open &amp;video…</source>
        <extracomment>a video (path or URL) was loaded into the panel While True, a replaced document does not bring back its remembered video (the workspace loads the session's own). The subtitle file the loaded video belongs to.</extracomment>
        <translation>&amp;Video öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="82" />
        <source>Play a video (or audio) file beside these subtitles</source>
        <translation>Eine Video- (oder Audio-)Datei neben diesen Untertiteln abspielen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="85" />
        <source>&amp;Follow the playhead in the table</source>
        <translation>Der Abspielposition in der Tabelle &amp;folgen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="89" />
        <source>While the video plays, select the cue on screen (not while typing)</source>
        <translation>Während das Video läuft, den sichtbaren Untertitel auswählen (nicht beim Tippen)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="106" />
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="113" />
        <source>&amp;Speed</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="123" />
        <source>&amp;Nudge</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="155" />
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="262" />
        <source>Video: {name}</source>
        <translation>Video: {name}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../ui/media/panel.py" line="93" />
        <source>No waveform: {error}</source>
        <translation>Keine Wellenform: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="194" />
        <source>&amp;Play / pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="195" />
        <source>Play or pause the video</source>
        <translation>Das Video abspielen oder anhalten</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="196" />
        <source>Play &amp;current cue</source>
        <translation>&amp;Aktuellen Untertitel abspielen</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="198" />
        <source>Play the current cue from its start to its end</source>
        <translation>Den aktuellen Untertitel von Anfang bis Ende abspielen</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="199" />
        <source>Set cue &amp;start at playhead</source>
        <translation>Untertitel&amp;beginn auf Abspielposition setzen</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="201" />
        <source>The current cue starts at the playhead</source>
        <translation>Der aktuelle Untertitel beginnt an der Abspielposition</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="202" />
        <source>Set cue &amp;end at playhead</source>
        <translation>Untertitel&amp;ende auf Abspielposition setzen</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="204" />
        <source>The current cue ends at the playhead</source>
        <translation>Der aktuelle Untertitel endet an der Abspielposition</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="205" />
        <source>Start one frame earlier</source>
        <translation>Beginn ein Bild früher</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="207" />
        <source>Start one frame later</source>
        <translation>Beginn ein Bild später</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="209" />
        <source>End one frame earlier</source>
        <translation>Ende ein Bild früher</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="211" />
        <source>End one frame later</source>
        <translation>Ende ein Bild später</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="213" />
        <source>Start 100 ms earlier</source>
        <translation>Beginn 100 ms früher</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="215" />
        <source>Start 100 ms later</source>
        <translation>Beginn 100 ms später</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="217" />
        <source>End 100 ms earlier</source>
        <translation>Ende 100 ms früher</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="219" />
        <source>End 100 ms later</source>
        <translation>Ende 100 ms später</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="221" />
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="222" />
        <source>Play more slowly (down to 0.5×)</source>
        <translation>Langsamer abspielen (bis 0,5×)</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="223" />
        <source>&amp;Faster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="224" />
        <source>Play faster (up to 2×)</source>
        <translation>Schneller abspielen (bis 2×)</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="332" />
        <source>Audio only: no picture in this media.</source>
        <translation>Nur Audio: dieses Medium hat kein Bild.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="23" />
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="24" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="25" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="50" />
        <source>Preferences</source>
        <translation>Präferenzen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="65" />
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="66" />
        <source>The desktop's font: {family}, {size} pt</source>
        <translation>Die Schrift des Desktops: {family}, {size} pt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="77" />
        <source>How often unsaved changes are copied aside, to be restored after a crash</source>
        <translation>Wie oft ungesicherte Änderungen beiseitegelegt werden, um sie nach einem Absturz wiederherzustellen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="84" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="87" />
        <source>Personal word lists…</source>
        <translation>Persönliche Wortlisten…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="88" />
        <source>Open the folder of the words you added: {folder}</source>
        <translation>Den Ordner der hinzugefügten Wörter öffnen: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="94" />
        <source>Show the audio waveform under the cue table</source>
        <translation>Die Audio-Wellenform unter der Untertiteltabelle zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="96" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="98" />
        <source>Cue text font:</source>
        <translation>Schrift des Untertiteltexts:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="102" />
        <source>Autosave every:</source>
        <translation>Automatisch sichern alle:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="103" />
        <source>QC preset:</source>
        <translation>QC-Vorgabe:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="104" />
        <source>For files without a specification of their own</source>
        <translation>Für Dateien ohne eigene Spezifikation</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="105" />
        <source>Spelling language:</source>
        <translation>Sprache der Rechtschreibprüfung:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="106" />
        <source>For files that do not say their language</source>
        <translation>Für Dateien, die ihre Sprache nicht angeben</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="107" />
        <source>Waveform:</source>
        <translation>Wellenform:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="121" />
        <source>Dotsub and appearance</source>
        <translation>Dotsub und Darstellung</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="123" />
        <source>Download subtitles as:</source>
        <translation>Untertitel herunterladen als:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="124" />
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="125" />
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="126" />
        <source>The new language shows when Subtitle Desk next starts</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="134" />
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="139" />
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="141" />
        <source>Work folder:</source>
        <translation>Arbeitsordner:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="143" />
        <source>Downloaded subtitles being worked on, and files about to be sent.
Empty: the app's data folder. Work already in the old folder
stays there: open it from there (File ▸ Open) to go on with it.</source>
        <translation>Heruntergeladene Untertitel in Arbeit und Dateien, die gesendet werden.
Leer: der Datenordner der App. Arbeit im alten Ordner
bleibt dort: von dort öffnen (Datei ▸ Öffnen), um weiterzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="176" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (kein Wörterbuch)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="207" />
        <source>Give the work folder's whole path (or choose it).</source>
        <translation>Den vollständigen Pfad des Arbeitsordners angeben (oder ihn auswählen).</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="209" />
        <source>{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.</source>
        <translation>{path} liegt in einem Cache-Ordner, den Aufräumprogramme leeren können: einen anderen Ort für die Arbeit wählen.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="212" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="247" />
        <source>Keep work in</source>
        <translation>Arbeit aufbewahren in</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="50" />
        <source>Cue</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="50" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="51" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="122" />
        <source>Cue {number}: {problem}</source>
        <translation>Untertitel {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="31" />
        <location filename="../../ui/editor/qc_panel.py" line="202" />
        <source>Reading speed</source>
        <translation>Lesegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="32" />
        <source>Line too long</source>
        <translation>Zeile zu lang</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="33" />
        <source>Too many lines</source>
        <translation>Zu viele Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="34" />
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="34" />
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="35" />
        <source>Gap too small</source>
        <translation>Abstand zu klein</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="35" />
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="36" />
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="36" />
        <source>Bad timing</source>
        <translation>Fehlerhaftes Timing</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="37" />
        <source>Untranslated</source>
        <translation>Unübersetzt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="38" />
        <source>Glossary term</source>
        <translation>Glossarbegriff</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="38" />
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="170" />
        <source>The subtitle specification the cues are checked against</source>
        <translation>Die Untertitel-Spezifikation, gegen die geprüft wird</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="174" />
        <source>Show the problems of one rule</source>
        <translation>Die Probleme einer Regel zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="210" />
        <source>Spec:</source>
        <translation>Spezifikation:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="235" />
        <source>Load Dotsub spec…</source>
        <translation>Dotsub-Spezifikation laden…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="292" />
        <source>All rules ({count})</source>
        <translation>Alle Regeln ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="300" />
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="303" />
        <source>✔ No problems</source>
        <translation>✔ Keine Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="308" />
        <source>{problems} in {cues}: {rules}</source>
        <translation>{problems} in {cues}: {rules}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n Problem</numerusform><numerusform>⚠ %n Probleme</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n Untertitel</numerusform><numerusform>%n Untertiteln</numerusform></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="36" />
        <source>Send to Dotsub</source>
        <extracomment>``done()`` code of "Review problems".</extracomment>
        <translation>An Dotsub senden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="46" />
        <source>{target}&lt;br&gt;{cues} as &lt;tt&gt;{file}&lt;/tt&gt;, saved on this computer first.</source>
        <extracomment>Cues whose text is empty or still the source's. The question asked when the task is marked completed with cues untranslated.</extracomment>
        <translation>{target}&lt;br&gt;{cues} als &lt;tt&gt;{file}&lt;/tt&gt;, zuerst auf diesem Computer gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="47" />
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <location filename="../../ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n Untertitel</numerusform><numerusform>%n Untertiteln</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="62" />
        <source>{problems} in {cues}&lt;/b&gt; against the specification:</source>
        <translation>{problems} in {cues}&lt;/b&gt; gemäß der Spezifikation:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ %n QC-Problem</numerusform><numerusform>⚠ %n QC-Probleme</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="67" />
        <source>✔ No QC problems.</source>
        <translation>✔ Keine QC-Probleme.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>%n von {cues} ist noch nicht übersetzt</numerusform><numerusform>%n von {cues} sind noch nicht übersetzt</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="78" />
        <source> (empty, or still the source's text). Translation ▸ Next untranslated cue (F9) finds them.</source>
        <translation> (leer oder noch der Text der Quelle). Übersetzung ▸ Nächster unübersetzter Untertitel (F9) findet sie.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="82" />
        <source>Mark the task &amp;completed</source>
        <translation>Aufgabe als &amp;abgeschlossen markieren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="86" />
        <source>These subtitles were not opened from a task</source>
        <translation>Diese Untertitel wurden nicht aus einer Aufgabe geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="89" />
        <source>Task {task} is completed already</source>
        <translation>Aufgabe {task} ist bereits abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="93" />
        <source>Task {task} moves on in the workflow once the subtitles are in</source>
        <translation>Aufgabe {task} geht im Arbeitsablauf weiter, sobald die Untertitel da sind</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="98" />
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="98" />
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="103" />
        <source>&amp;Review problems</source>
        <translation>Probleme &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="127" />
        <source>Complete the task?</source>
        <translation>Die Aufgabe abschließen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>%n Untertitel ist noch nicht übersetzt. Die Aufgabe trotzdem als abgeschlossen markieren?</numerusform><numerusform>%n Untertitel sind noch nicht übersetzt. Die Aufgabe trotzdem als abgeschlossen markieren?</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="131" />
        <source>A completed task goes on to the next step of the workflow.</source>
        <translation>Eine abgeschlossene Aufgabe geht zum nächsten Schritt des Arbeitsablaufs.</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <location filename="../../ui/desk/widgets.py" line="66" />
        <source>Set up {service}…</source>
        <translation>{service} einrichten…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/widgets.py" line="85" />
        <source>Open the Settings menu to set up {service}</source>
        <translation>Das Menü Einstellungen öffnen, um {service} einzurichten</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="23" />
        <source>Shift times</source>
        <translation>Zeiten verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="26" />
        <source>Seconds (1.5) or a time (0:00:01.500)</source>
        <translation>Sekunden (1,5) oder eine Zeit (0:00:01.500)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="27" />
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="28" />
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>Nur der %n ausgewählte Untertitel</numerusform><numerusform>Nur die %n ausgewählten Untertitel</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="39" />
        <source>Offset</source>
        <translation>Versatz</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="40" />
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../ui/editor/source_view.py" line="47" />
        <location filename="../../ui/editor/source_view.py" line="90" />
        <location filename="../../ui/editor/source_view.py" line="92" />
        <source>Source</source>
        <extracomment>"Copy to cue" was clicked: the current cue should take ``source_text()``. Rows of the source cues shown now, and whether they overlap the current cue.</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="61" />
        <source>No source cue at this time</source>
        <translation>Kein Quell-Untertitel zu dieser Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="68" />
        <source>Copy to cue</source>
        <translation>In den Untertitel kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="69" />
        <source>Replace the current cue's text with this source text (names, numbers, on-screen text); undoable</source>
        <translation>Den Text des aktuellen Untertitels durch diesen Quelltext ersetzen (Namen, Zahlen, Bildschirmtext); rückgängig machbar</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="91" />
        <source>{language} (source, read-only)</source>
        <translation>{language} (Quelle, schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="93" />
        <source>{count} cues in the source language</source>
        <translation>{count} Untertitel in der Quellsprache</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="85" />
        <source>Error</source>
        <extracomment>A task due within this time is "almost due". The light theme's row tints; rows take the scheme's own (``palette_colors()``) when drawn.</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="87" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="89" />
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="90" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="94" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="94" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="95" />
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="96" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="97" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="98" />
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="99" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="100" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="101" />
        <source>Media ID</source>
        <translation>Medien-ID</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="102" />
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="103" />
        <source>Task ID</source>
        <translation>Aufgaben-ID</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="273" />
        <source>Search media titles (Ctrl+F)</source>
        <extracomment>"Now" for the highlighting; refreshed on every reload (tests may pin it). Task id -&gt; the progress of its translation on this computer (see ``local_progress``). The task the footer describes (forgotten when it leaves the list). The "accept it first?" question of the last Open (tests read it). (target, marks, source mtimes) -&gt; progress, so unchanged work is not read again.</extracomment>
        <translation>Medientitel durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="277" />
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="282" />
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Completed or not</source>
        <translation>Abgeschlossen oder nicht</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Accepted or not</source>
        <translation>Angenommen oder nicht</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Not accepted</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="291" />
        <source>Due from</source>
        <translation>Fällig ab</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="292" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="294" />
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="296" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="297" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="299" />
        <source>Load the task list again (F5)</source>
        <translation>Die Aufgabenliste neu laden (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="301" />
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="302" />
        <source>Assignee name</source>
        <translation>Name der zugewiesenen Person</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="305" />
        <source>Any assignee type</source>
        <translation>Jede Art von Zuständigen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="308" />
        <source>Media ID</source>
        <translation>Medien-ID</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="309" />
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="310" />
        <source>Created since</source>
        <translation>Erstellt seit</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="311" />
        <source>Completed from</source>
        <translation>Abgeschlossen ab</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="352" />
        <location filename="../../ui/desk/dotsub/tasks.py" line="720" />
        <source>Loading tasks…</source>
        <translation>Aufgaben werden geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="356" />
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="358" />
        <source>Download the subtitles, spec and video and open them in the editor (Enter)</source>
        <translation>Untertitel, Spezifikation und Video herunterladen und im Editor öffnen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="360" />
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="362" />
        <source>Take the task: Dotsub assigns it to you</source>
        <translation>Die Aufgabe übernehmen: Dotsub weist sie Ihnen zu</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="363" />
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="365" />
        <source>Give the task back to its original assignee</source>
        <translation>Die Aufgabe an die ursprünglich zugewiesene Person zurückgeben</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="369" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>Das Untertitelformat für den Download von Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="376" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="382" />
        <source>Dotsub tasks</source>
        <translation>Dotsub-Aufgaben</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="389" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="390" />
        <source>Due within 24 hours</source>
        <translation>Fällig innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="391" />
        <source>Due dates in local time</source>
        <translation>Fälligkeiten in Ortszeit</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="439" />
        <source>Opened {title}</source>
        <translation>{title} geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="449" />
        <source>Find tasks by title</source>
        <translation>Aufgaben nach Titel suchen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="451" />
        <source>Load the task list again</source>
        <translation>Die Aufgabenliste neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="575" />
        <source>Accept the task?</source>
        <translation>Die Aufgabe annehmen?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="576" />
        <source>Nobody has accepted task {task} ({description}) yet. Accept it before you open it?</source>
        <translation>Niemand hat Aufgabe {task} ({description}) bisher angenommen. Vor dem Öffnen annehmen?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="580" />
        <source>Dotsub then assigns it to you, so nobody else starts on it.</source>
        <translation>Dotsub weist sie Ihnen dann zu, sodass niemand sonst damit beginnt.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="581" />
        <source>&amp;Accept and open</source>
        <translation>&amp;Annehmen und öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="583" />
        <source>&amp;Open without accepting</source>
        <translation>Ohne Annehmen ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="613" />
        <location filename="../../ui/desk/dotsub/tasks.py" line="621" />
        <source>Accepting task {task} ({title})</source>
        <translation>Aufgabe {task} ({title}) wird angenommen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="622" />
        <source>Releasing task {task} ({title})</source>
        <translation>Aufgabe {task} ({title}) wird freigegeben</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="633" />
        <source>Accepting task {task} failed: {error}</source>
        <translation>Annehmen der Aufgabe {task} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="634" />
        <source>Releasing task {task} failed: {error}</source>
        <translation>Freigeben der Aufgabe {task} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="638" />
        <source>Task {task} accepted: it is yours now</source>
        <translation>Aufgabe {task} angenommen: sie gehört jetzt Ihnen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="639" />
        <source>Task {task} released</source>
        <translation>Aufgabe {task} freigegeben</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="697" />
        <source>{task} · {progress} on this computer</source>
        <translation>{task} · {progress} auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="720" />
        <source>Loading more tasks…</source>
        <translation>Weitere Aufgaben werden geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="725" />
        <source>The task list could not be loaded: {error}</source>
        <translation>Die Aufgabenliste konnte nicht geladen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="734" />
        <source>%n task(s)</source>
        <translation><numerusform>%n Aufgabe</numerusform><numerusform>%n Aufgaben</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="735" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} von %n Aufgabe angezeigt</numerusform><numerusform>{shown} von %n Aufgaben angezeigt</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="736" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n überfällig</numerusform><numerusform>, %n überfällig</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="745" />
        <source>Loading tasks from Dotsub…</source>
        <translation>Aufgaben werden von Dotsub geladen…</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/media/transport.py" line="31" />
        <source>Playhead position</source>
        <translation>Abspielposition</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="38" />
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="58" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="58" />
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="42" />
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="43" />
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="45" />
        <source>Upload &amp;videos to Dotsub…</source>
        <translation>&amp;Videos zu Dotsub hochladen…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="48" />
        <source>Show &amp;uploads</source>
        <translation>&amp;Uploads zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="50" />
        <source>&amp;Cancel all uploads</source>
        <translation>Alle Uploads &amp;abbrechen</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="118" />
        <source>✔ Done</source>
        <translation>✔ Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="118" />
        <source>✖ Failed</source>
        <translation>✖ Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="119" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="151" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="155" />
        <source>Working…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="156" />
        <source>  ·  running for {time}</source>
        <translation>  ·  läuft seit {time}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="159" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="162" />
        <source>Done after {time}</source>
        <translation>Fertig nach {time}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="163" />
        <source>Cancelled after {time}</source>
        <translation>Abgebrochen nach {time}</translation>
    </message>
</context>
<context>
    <name>cielo24</name>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="44" />
        <source>c&amp;ielo24</source>
        <translation>c&amp;ielo24</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="45" />
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="46" />
        <source>&amp;New job…</source>
        <translation>&amp;Neuer Auftrag…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="47" />
        <source>Add &amp;media to the selected job…</source>
        <translation>&amp;Medien zum ausgewählten Auftrag hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="48" />
        <source>Request &amp;transcription…</source>
        <translation>&amp;Transkription anfordern…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="49" />
        <source>&amp;Open captions in editor</source>
        <translation>Untertitel im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="50" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="42" />
        <source>Follow the system</source>
        <extracomment>The languages the interface speaks, each named in itself.</extracomment>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ui/words.py" line="47" />
        <source>Caption</source>
        <extracomment>Dotsub's ``uploadDetail.status`` of a media, as the end of "The upload is …". Statuses that mean Dotsub still waits for the video (Retry sends it, Delete removes the media). DatoCMS's track ``status``. For pyside6-lupdate: the names core.work.dotsub.TASK_TYPE_LABELS gives (the core has no Qt), and the other tables' names shown on their own; ``translated`` shows them in the user's language.</extracomment>
        <translation>Untertitelung</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47" />
        <source>Pivot translate</source>
        <translation>Pivot-Übersetzung</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48" />
        <source>Direct translate</source>
        <translation>Direkte Übersetzung</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48" />
        <source>Translate</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49" />
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49" />
        <source>Post-editing</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50" />
        <source>Proofreading</source>
        <translation>Korrekturlesen</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50" />
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Burn-in</source>
        <translation>Einbrennen</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Push</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52" />
        <source>Text to speech</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54" />
        <source>Mechanical</source>
        <translation>Maschinell</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54" />
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55" />
        <source>Professional</source>
        <translation>Professionell</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55" />
        <source>External</source>
        <translation>Extern</translation>
    </message>
</context>
</TS>