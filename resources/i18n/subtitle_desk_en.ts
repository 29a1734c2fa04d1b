<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BatchPublishDialog</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="222" />
        <source>%n media with finished languages (of {total} found; refine the title to see more)</source>
        <translation><numerusform>%n media with finished languages (of {total} found; refine the title to see more)</numerusform><numerusform>%n media with finished languages (of {total} found; refine the title to see more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="225" />
        <source>%n media with finished languages</source>
        <translation><numerusform>%n media with finished languages</numerusform><numerusform>%n media with finished languages</numerusform></translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="118" />
        <source>%n project(s)</source>
        <translation><numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="119" />
        <source>%n language(s)</source>
        <translation><numerusform>%n language</numerusform><numerusform>%n languages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="124" />
        <source>%n upload(s)</source>
        <translation><numerusform>%n upload</numerusform><numerusform>%n uploads</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="130" />
        <source>%n job(s)</source>
        <translation><numerusform>%n job</numerusform><numerusform>%n jobs</numerusform></translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>%n line, characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</numerusform><numerusform>%n lines, characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</numerusform></translation>
    </message>
</context>
<context>
    <name>DatocmsPage</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="240" />
        <source>%n video(s)</source>
        <translation><numerusform>%n video</numerusform><numerusform>%n videos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="242" />
        <source>Showing {shown} of %n video(s); scroll for more</source>
        <translation><numerusform>Showing {shown} of %n videos; scroll for more</numerusform><numerusform>Showing {shown} of %n videos; scroll for more</numerusform></translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="170" />
        <source>Opened {name}: %n cues ({format}, {encoding})</source>
        <translation><numerusform>Opened {name}: %n cues ({format}, {encoding})</numerusform><numerusform>Opened {name}: %n cues ({format}, {encoding})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="216" />
        <source>Saved {name} (%n note(s) about what the format dropped)</source>
        <translation><numerusform>Saved {name} (%n note about what the format dropped)</numerusform><numerusform>Saved {name} (%n notes about what the format dropped)</numerusform></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="547" />
        <source>Shift %n cues by {offset}</source>
        <translation><numerusform>Shift %n cue by {offset}</numerusform><numerusform>Shift %n cues by {offset}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="552" />
        <source>Insert %n cues at {number}</source>
        <translation><numerusform>Insert %n cue at {number}</numerusform><numerusform>Insert %n cues at {number}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="557" />
        <source>Delete %n cues</source>
        <translation><numerusform>Delete %n cue</numerusform><numerusform>Delete %n cues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="663" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>%n cue kept as in the source</numerusform><numerusform>%n cues kept as in the source</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="664" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>%n cue no longer kept as in the source</numerusform><numerusform>%n cues no longer kept as in the source</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="567" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="750" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n replacement</numerusform><numerusform>%n replacements</numerusform></translation>
    </message>
</context>
<context>
    <name>EditorWorkspace</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="387" />
        <source>{translated} of %n cue(s) translated</source>
        <translation><numerusform>{translated} of %n cue translated</numerusform><numerusform>{translated} of %n cues translated</numerusform></translation>
    </message>
</context>
<context>
    <name>GlossaryController</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="91" />
        <source>Glossary {file} imported for this project: %n concepts in {languages}</source>
        <translation><numerusform>Glossary {file} imported for this project: %n concepts in {languages}</numerusform><numerusform>Glossary {file} imported for this project: %n concepts in {languages}</numerusform></translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="88" />
        <source>%n concept(s)</source>
        <translation><numerusform>%n concept</numerusform><numerusform>%n concepts</numerusform></translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="562" />
        <source>%n media</source>
        <translation><numerusform>%n media</numerusform><numerusform>%n media</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="563" />
        <source>{shown} of %n media shown</source>
        <translation><numerusform>{shown} of %n media shown</numerusform><numerusform>{shown} of %n media shown</numerusform></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="94" />
        <source>Publish &lt;b&gt;{name}&lt;/b&gt; (%n cue(s)) as a WebVTT subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</source>
        <translation><numerusform>Publish &lt;b&gt;{name}&lt;/b&gt; (%n cues) as a WebVTT subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</numerusform><numerusform>Publish &lt;b&gt;{name}&lt;/b&gt; (%n cues) as a WebVTT subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</numerusform></translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n problem</numerusform><numerusform>⚠ %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n cue</numerusform><numerusform>%n cues</numerusform></translation>
    </message>
</context>
<context>
    <name>QcProblem</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="55" />
        <source>%n lines (limit {limit})</source>
        <translation><numerusform>%n lines (limit {limit})</numerusform><numerusform>%n lines (limit {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="59" />
        <source>line {line} has %n characters (limit {limit})</source>
        <translation><numerusform>line {line} has %n characters (limit {limit})</numerusform><numerusform>line {line} has %n characters (limit {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="61" />
        <source>line has %n characters (limit {limit})</source>
        <translation><numerusform>line has %n characters (limit {limit})</numerusform><numerusform>line has %n characters (limit {limit})</numerusform></translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="172" />
        <source>, %n cue(s)</source>
        <translation><numerusform>, %n cue</numerusform><numerusform>, %n cues</numerusform></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="47" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n cue</numerusform><numerusform>%n cues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ %n QC problem</numerusform><numerusform>⚠ %n QC problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>%n of {cues} is not translated yet</numerusform><numerusform>%n of {cues} are not translated yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>%n cue is not translated yet. Mark the task completed anyway?</numerusform><numerusform>%n cues are not translated yet. Mark the task completed anyway?</numerusform></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>Only the %n selected cue</numerusform><numerusform>Only the %n selected cues</numerusform></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="674" />
        <source>%n task(s)</source>
        <translation><numerusform>%n tasks</numerusform><numerusform>%n tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="675" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} of %n tasks shown</numerusform><numerusform>{shown} of %n tasks shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="676" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n overdue</numerusform><numerusform>, %n overdue</numerusform></translation>
    </message>
</context>
<context>
    <name>UploadForm</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="327" />
        <source>Upload %n file(s)</source>
        <translation><numerusform>Upload %n file</numerusform><numerusform>Upload %n files</numerusform></translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="243" />
        <source>Uploading %n file(s) to Dotsub</source>
        <translation><numerusform>Uploading %n file to Dotsub</numerusform><numerusform>Uploading %n files to Dotsub</numerusform></translation>
    </message>
</context>
<context>
    <name>UploadsQuitQuestion</name>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="266" />
        <source>%n upload(s) to Dotsub not finished. Quitting cancels it/them; media already created stay on Dotsub as pending uploads without a video.

Quit anyway?</source>
        <translation><numerusform>Upload to Dotsub is not finished. Quitting cancels it; media already created stay on Dotsub as pending uploads without a video.

Quit anyway?</numerusform><numerusform>%n uploads to Dotsub are not finished. Quitting cancels them; media already created stay on Dotsub as pending uploads without a video.

Quit anyway?</numerusform></translation>
    </message>
</context>
</TS>