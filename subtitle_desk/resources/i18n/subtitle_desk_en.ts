<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CueEditorPane</name>
    <message numerus="yes">
        <location filename="../../ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>%n line, characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</numerusform><numerusform>%n lines, characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</numerusform></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="605" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>%n cue kept as in the source</numerusform><numerusform>%n cues kept as in the source</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="606" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>%n cue no longer kept as in the source</numerusform><numerusform>%n cues no longer kept as in the source</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="692" />
        <source>%n replacement(s)</source>
        <translation><numerusform>%n replacement</numerusform><numerusform>%n replacements</numerusform></translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ %n problem</numerusform><numerusform>⚠ %n problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n cue</numerusform><numerusform>%n cues</numerusform></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="47" />
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <location filename="../../ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>%n cue</numerusform><numerusform>%n cues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ %n QC problem</numerusform><numerusform>⚠ %n QC problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>%n of {cues} is not translated yet</numerusform><numerusform>%n of {cues} are not translated yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>%n cue is not translated yet. Mark the task completed anyway?</numerusform><numerusform>%n cues are not translated yet. Mark the task completed anyway?</numerusform></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message numerus="yes">
        <location filename="../../ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>Only the %n selected cue</numerusform><numerusform>Only the %n selected cues</numerusform></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="734" />
        <source>%n task(s)</source>
        <translation><numerusform>%n tasks</numerusform><numerusform>%n tasks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="735" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} of %n tasks shown</numerusform><numerusform>{shown} of %n tasks shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="736" />
        <source>, %n overdue</source>
        <translation><numerusform>, %n overdue</numerusform><numerusform>, %n overdue</numerusform></translation>
    </message>
</context>
</TS>