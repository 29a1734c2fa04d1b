<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="342" />
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="203" />
        <source>Nothing has run yet. Downloads, uploads and checks appear here.</source>
        <translation>لم يُشغَّل شيء بعد. تظهر هنا التنزيلات وعمليات الرفع والفحوص.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="210" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="211" />
        <source>Copy the selected operation's message</source>
        <translation>نسخ رسالة العملية المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="216" />
        <source>Running only</source>
        <translation>الجارية فقط</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="218" />
        <location filename="../../ui/activity_panel.py" line="330" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="221" />
        <source>Cancel all</source>
        <translation>إلغاء الكل</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="223" />
        <source>Clear finished</source>
        <translation>مسح المنتهية</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="275" />
        <source>{operation} failed: {error}</source>
        <translation>فشل {operation}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="277" />
        <source>{operation}: cancelled after {time}.</source>
        <translation>{operation}: أُلغي بعد {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="280" />
        <source>{operation}: done in {time}.</source>
        <translation>{operation}: اكتمل في {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="282" />
        <source>{operation}: working…</source>
        <translation>{operation}: قيد العمل…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="333" />
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="75" />
        <source>Setup</source>
        <extracomment>The user chose to try the desk on the built-in local services (first-start offer).</extracomment>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="79" />
        <source>{service} account…</source>
        <translation>حساب {service}…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/connect/__init__.py" line="83" />
        <source>&amp;Accounts (Setup page)</source>
        <translation>ال&amp;حسابات (صفحة الإعداد)</translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message>
        <location filename="../../ui/editor/pane.py" line="125" />
        <location filename="../../ui/editor/pane.py" line="203" />
        <source>No cue selected</source>
        <extracomment>the context menu is about to open at this position: the pane fills it (row, new text) on every keystroke in the text box. (row, start ms, end ms) when a typed time is accepted. the user finished a typing session (focus left the text box). a message for the status bar (e.g. why a typed time was refused). "Add to dictionary" / "Ignore" on a misspelled word: (word) The language's direction, for cues with no strongly directional text yet (an empty new cue in an Arabic translation is typed right to left). Set by the workspace.</extracomment>
        <translation>لا ترجمة محددة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="140" />
        <source>Type H:MM:SS.mmm, MM:SS.mmm, SRT's 00:00:01,000 or seconds; Enter applies</source>
        <translation>اكتب H:MM:SS.mmm أو MM:SS.mmm أو صيغة SRT 00:00:01,000 أو ثوانيَ؛ Enter للتطبيق</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="147" />
        <source>&amp;Start</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="148" />
        <source>&amp;End</source>
        <translation>ال&amp;نهاية</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="149" />
        <source>D&amp;uration</source>
        <translation>ال&amp;مدة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="154" />
        <source>Cue text (Enter for a new line)</source>
        <translation>نص الترجمة (Enter لسطر جديد)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="210" />
        <source>Cue {number}</source>
        <translation>الترجمة {number}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="296" />
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="299" />
        <source>Add “{word}” to dictionary</source>
        <translation>إضافة «{word}» إلى القاموس</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="302" />
        <source>Ignore “{word}”</source>
        <translation>تجاهل «{word}»</translation>
    </message>
    <message>
        <location filename="../../ui/editor/pane.py" line="371" />
        <source>The end time must not be before the start time</source>
        <translation>يجب ألا يسبق وقت النهاية وقت البداية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>لا أسطر، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>سطر واحد، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>سطران، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>%n أسطر، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>%n سطرًا، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>%n سطر، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform></translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="68" />
        <source>Start</source>
        <extracomment>Shown in place of a line break in the one-line table view.</extracomment>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="68" />
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="69" />
        <source>Dur.</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="69" />
        <source>CPS</source>
        <translation>حرف/ث</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="70" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="70" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="71" />
        <source>QC</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="72" />
        <source>Cue number</source>
        <translation>رقم الترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="73" />
        <source>Start time (H:MM:SS.mmm)</source>
        <translation>وقت البداية (H:MM:SS.mmm)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="74" />
        <source>End time</source>
        <translation>وقت النهاية</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="75" />
        <source>Duration in seconds</source>
        <translation>المدة بالثواني</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="76" />
        <source>Characters per second (reading speed)</source>
        <translation>الأحرف في الثانية (سرعة القراءة)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="77" />
        <source>The source cues this cue overlaps in time (read-only)</source>
        <translation>ترجمات المصدر التي تتداخل زمنيًا مع هذه الترجمة (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="78" />
        <source>Cue text; ⏎ marks a line break</source>
        <translation>نص الترجمة؛ ⏎ يشير إلى فاصل سطر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/cue_model.py" line="79" />
        <source>Quality-check problems</source>
        <translation>مشكلات مراقبة الجودة</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <location filename="../../ui/editor/page.py" line="116" />
        <source>Open a subtitle file (Ctrl+O) or drop one here
SRT · WebVTT · TTML/DFXP · SSA/ASS</source>
        <extracomment>How many files File ▸ Open Recent lists. Columns the user hid (the source column also hides without a source). Shown over the empty table.</extracomment>
        <translation>افتح ملف ترجمة (Ctrl+O) أو أفلته هنا
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
        <translation>ال&amp;فيديوهات والمسارات</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="48" />
        <source>&amp;Publish open subtitles…</source>
        <translation>&amp;نشر الترجمات المفتوحة…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="49" />
        <source>Publish a &amp;Dotsub media's languages…</source>
        <translation>نشر لغات وسائط &amp;Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="50" />
        <source>&amp;Generate subtitles…</source>
        <translation>&amp;توليد ترجمات…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/datocms/__init__.py" line="51" />
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
</context>
<context>
    <name>Dotsub</name>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="56" />
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="57" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="65" />
        <source>&amp;Dotsub</source>
        <translation>&amp;Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="66" />
        <source>&amp;Tasks</source>
        <translation>ال&amp;مهام</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="67" />
        <source>&amp;Media</source>
        <translation>ال&amp;وسائط</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="68" />
        <source>&amp;Open selected task</source>
        <translation>&amp;فتح المهمة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="69" />
        <source>&amp;Accept selected task</source>
        <translation>&amp;قبول المهمة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="70" />
        <source>&amp;Release selected task</source>
        <translation>&amp;تحرير المهمة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/__init__.py" line="71" />
        <source>Re&amp;load tasks and media</source>
        <translation>إعادة ت&amp;حميل المهام والوسائط</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../ui/editor/page.py" line="225" />
        <source>Quality check</source>
        <extracomment>(display name, dirty) for the window title a status-bar message the user chose to throw the unsaved changes away Message boxes shown without blocking (tests read them): the last one per purpose. The fonts before any preference: what "the standard font" goes back to. Set by a workspace: its session as JSON for "reopen the last work" (None: a plain file), and how to reopen such a record. The user moved the divider beside the media (now or in an earlier run).</extracomment>
        <translation>مراقبة الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="280" />
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="280" />
        <source>Open a subtitle file</source>
        <translation>فتح ملف ترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="281" />
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="281" />
        <source>Save in the file's own format</source>
        <translation>الحفظ بتنسيق الملف نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="282" />
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="283" />
        <source>Save under another name or in another format</source>
        <translation>الحفظ باسم آخر أو بتنسيق آخر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="284" />
        <source>Show in &amp;folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="285" />
        <source>Open the folder that holds the file in the file manager</source>
        <translation>فتح المجلد الذي يحوي الملف في مدير الملفات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="288" />
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="292" />
        <location filename="../../ui/editor/page.py" line="494" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="297" />
        <location filename="../../ui/editor/page.py" line="496" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="298" />
        <source>&amp;Insert cue after</source>
        <translation>إ&amp;دراج ترجمة بعدها</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="299" />
        <source>A new cue after the current one</source>
        <translation>ترجمة جديدة بعد الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="300" />
        <source>&amp;Delete cues</source>
        <translation>&amp;حذف الترجمات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="301" />
        <source>Delete the selected cues</source>
        <translation>حذف الترجمات المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="302" />
        <source>S&amp;plit at cursor</source>
        <translation>&amp;تقسيم عند المؤشر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="303" />
        <source>Split the current cue where the text cursor is</source>
        <translation>تقسيم الترجمة الحالية عند موضع مؤشر النص</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="304" />
        <source>&amp;Merge selected</source>
        <translation>&amp;دمج المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="305" />
        <source>Merge the selected adjacent cues into one</source>
        <translation>دمج الترجمات المتجاورة المحددة في ترجمة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="306" />
        <source>S&amp;hift times…</source>
        <translation>&amp;إزاحة الأوقات…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="307" />
        <source>Move the selected cues, or all cues, earlier or later</source>
        <translation>تقديم الترجمات المحددة أو كلها أو تأخيرها</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="308" />
        <source>Change &amp;frame rate…</source>
        <translation>تغيير &amp;معدل الإطارات…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="309" />
        <source>Retime every cue from one frame rate to another</source>
        <translation>إعادة توقيت كل ترجمة من معدل إطارات إلى آخر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="310" />
        <source>&amp;Find and replace…</source>
        <translation>&amp;بحث واستبدال…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="311" />
        <source>Find text, replace text (regular expressions allowed)</source>
        <translation>البحث عن نص واستبداله (التعابير النمطية مسموحة)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="312" />
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="313" />
        <source>Next cue</source>
        <translation>الترجمة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="314" />
        <source>Previous cue</source>
        <translation>الترجمة السابقة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="316" />
        <source>&amp;Go to cue…</source>
        <translation>الا&amp;نتقال إلى ترجمة…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="322" />
        <source>&amp;Load Dotsub spec…</source>
        <translation>ت&amp;حميل مواصفات Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="323" />
        <source>Check against a subtitle specification JSON from Dotsub</source>
        <translation>التحقق وفق مواصفات ترجمة JSON من Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="325" />
        <source>Next &amp;problem</source>
        <translation>المشكلة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="326" />
        <source>Pre&amp;vious problem</source>
        <translation>المشكلة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="329" />
        <source>&amp;Quality check panel</source>
        <translation>لوحة &amp;مراقبة الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="331" />
        <source>S&amp;pelling language</source>
        <translation>&amp;لغة التدقيق الإملائي</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="336" />
        <source>&amp;Next untranslated cue</source>
        <translation>الترجمة غير المترجَمة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="337" />
        <source>The next cue whose text is empty or still the source's</source>
        <translation>الترجمة التالية التي نصها فارغ أو ما زال نص المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="339" />
        <source>&amp;Previous untranslated cue</source>
        <translation>الترجمة غير المترجَمة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="340" />
        <source>The previous cue whose text is empty or still the source's</source>
        <translation>الترجمة السابقة التي نصها فارغ أو ما زال نص المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="342" />
        <source>&amp;Keep as in the source</source>
        <translation>الإ&amp;بقاء كما في المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="343" />
        <source>The selected cues are meant to read as in the source (a name, a number): not untranslated</source>
        <translation>يُقصد أن تُقرأ الترجمات المحددة كما في المصدر (اسم، رقم): ليست غير مترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="354" />
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="363" />
        <source>&amp;Quality</source>
        <translation>ال&amp;جودة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="364" />
        <source>&amp;Specification</source>
        <translation>ال&amp;مواصفات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="377" />
        <source>&amp;Translation</source>
        <translation>ال&amp;ترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="493" />
        <source>&amp;Undo {action}</source>
        <translation>&amp;تراجع عن {action}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="495" />
        <source>&amp;Redo {action}</source>
        <translation>إ&amp;عادة {action}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="560" />
        <source>Go to cue</source>
        <translation>الانتقال إلى ترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="560" />
        <source>Cue number</source>
        <translation>رقم الترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="574" />
        <source>No QC problems</source>
        <translation>لا مشكلات في الجودة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="590" />
        <source>Every cue is translated</source>
        <translation>كل الترجمات مترجَمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="603" />
        <source>No source cue at this time: nothing to keep</source>
        <translation>لا ترجمة مصدر في هذا الوقت: لا شيء للإبقاء عليه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="605" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>لم يُحتفظ بأي ترجمة كما في المصدر</numerusform><numerusform>احتُفظ بترجمة واحدة كما في المصدر</numerusform><numerusform>احتُفظ بترجمتين كما في المصدر</numerusform><numerusform>احتُفظ بـ %n ترجمات كما في المصدر</numerusform><numerusform>احتُفظ بـ %n ترجمة كما في المصدر</numerusform><numerusform>احتُفظ بـ %n ترجمة كما في المصدر</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="606" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>لا ترجمات</numerusform><numerusform>لم تعد ترجمة واحدة محفوظة كما في المصدر</numerusform><numerusform>لم تعد ترجمتان محفوظتين كما في المصدر</numerusform><numerusform>لم تعد %n ترجمات محفوظة كما في المصدر</numerusform><numerusform>لم تعد %n ترجمة محفوظة كما في المصدر</numerusform><numerusform>لم تعد %n ترجمة محفوظة كما في المصدر</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="629" />
        <source>Only adjacent cues can be merged</source>
        <translation>لا يمكن دمج إلا الترجمات المتجاورة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="674" />
        <source>Invalid pattern: {error}</source>
        <translation>نمط غير صالح: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="682" />
        <source>Cue {number}</source>
        <translation>الترجمة {number}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="684" />
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/page.py" line="692" />
        <source>%n replacement(s)</source>
        <translation><numerusform>لا استبدالات</numerusform><numerusform>استبدال واحد</numerusform><numerusform>استبدالان</numerusform><numerusform>%n استبدالات</numerusform><numerusform>%n استبدالًا</numerusform><numerusform>%n استبدال</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="706" />
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="706" />
        <source>Save the changes to {name} first?</source>
        <translation>هل تريد حفظ التغييرات على {name} أولًا؟</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="716" />
        <location filename="../../ui/editor/page.py" line="756" />
        <source>Save subtitles as</source>
        <translation>حفظ الترجمات باسم</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="731" />
        <source>Open subtitles</source>
        <translation>فتح ترجمات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="800" />
        <source>No recent files</source>
        <translation>لا ملفات حديثة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="803" />
        <source>&amp;Clear the list</source>
        <translation>م&amp;سح القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="805" />
        <source>&amp;Open the last work at start</source>
        <translation>&amp;فتح آخر عمل عند البدء</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="813" />
        <source>{path} is not there any more</source>
        <translation>{path} لم يعد موجودًا</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="853" />
        <source>&amp;Off</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="855" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (لا يوجد قاموس)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="874" />
        <source>Load a subtitle specification</source>
        <translation>تحميل مواصفات ترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="875" />
        <source>Subtitle specification (*.json);;All files (*)</source>
        <translation>مواصفات الترجمة (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="903" />
        <source>Saved with changes</source>
        <translation>حُفظ مع تغييرات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/page.py" line="904" />
        <source>{name} was saved. The format could not keep everything:</source>
        <translation>حُفظ {name}. لم يتمكن التنسيق من الاحتفاظ بكل شيء:</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="64" />
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="102" />
        <source>Something went wrong ({error_type}). {message}</source>
        <extracomment>(short message, details) for every reported exception.</extracomment>
        <translation>حدث خطأ ما ({error_type}). {message}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110" />
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="111" />
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="117" />
        <source>Regular expression (replacement may use \1, \g&lt;name&gt;)</source>
        <translation>تعبير نمطي (يمكن أن يستخدم الاستبدال \1، \g&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="118" />
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="119" />
        <source>Only in selected cues</source>
        <translation>في الترجمات المحددة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="123" />
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="124" />
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="128" />
        <source>Find next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="129" />
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="131" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>FrameRateDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="66" />
        <source>Change frame rate</source>
        <translation>تغيير معدل الإطارات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="76" />
        <source>From (fps)</source>
        <translation>من (إطار/ث)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="77" />
        <source>To (fps)</source>
        <translation>إلى (إطار/ث)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="78" />
        <source>Every cue is retimed: times are multiplied by from ÷ to.</source>
        <translation>يُعاد توقيت كل ترجمة: تُضرب الأوقات في من ÷ إلى.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="98" />
        <source>Frame rates are positive numbers, e.g. 23.976 or 25</source>
        <translation>معدلات الإطارات أعداد موجبة، مثل 23.976 أو 25</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="39" />
        <source>Source term</source>
        <translation>مصطلح المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="39" />
        <source>Use</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="48" />
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="50" />
        <source>Import the project's glossary (a Dotsub glossary CSV)</source>
        <translation>استيراد مسرد المشروع (ملف CSV لمسرد Dotsub)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="52" />
        <source>Upload to Dotsub</source>
        <translation>رفع إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="54" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>إنشاء مسرد هذا المشروع على Dotsub أو استبداله</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="65" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>لا مسرد: افتح مهمة Dotsub لاستخدام مسرد مشروعها.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="78" />
        <source>(no approved translation)</source>
        <translation>(لا ترجمة معتمدة)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="86" />
        <source>The cue uses an approved translation</source>
        <translation>تستخدم الترجمة ترجمة معتمدة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="87" />
        <source>The cue uses none of the approved translations</source>
        <translation>لا تستخدم الترجمة أيًا من الترجمات المعتمدة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/glossary_panel.py" line="90" />
        <source>No glossary term in this cue's source</source>
        <translation>لا مصطلح من المسرد في مصدر هذه الترجمة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Editor</source>
        <extracomment>the window closed for good (after any "save changes?" question) The theme in force: ui.app applies the saved one before any window exists. The dialogs while open (non-blocking; tests reach them here). Called before closing; False keeps the window open (the editor asks about unsaved work).</extracomment>
        <translation>المحرر</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>&amp;Activity</source>
        <translation>ال&amp;نشاط</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;About Subtitle Desk</source>
        <translation>&amp;حول Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>About Subtitle Desk</source>
        <translation>حول Subtitle Desk</translation>
    </message>
</context>
<context>
    <name>MediaBinding</name>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="78" />
        <source>Open &amp;video…</source>
        <extracomment>a video (path or URL) was loaded into the panel While True, a replaced document does not bring back its remembered video (the workspace loads the session's own). The subtitle file the loaded video belongs to.</extracomment>
        <translation>فتح &amp;فيديو…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="82" />
        <source>Play a video (or audio) file beside these subtitles</source>
        <translation>تشغيل ملف فيديو (أو صوت) بجانب هذه الترجمات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="85" />
        <source>&amp;Follow the playhead in the table</source>
        <translation>&amp;متابعة موضع التشغيل في الجدول</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="89" />
        <source>While the video plays, select the cue on screen (not while typing)</source>
        <translation>أثناء تشغيل الفيديو، تحديد الترجمة الظاهرة على الشاشة (ليس أثناء الكتابة)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="106" />
        <source>&amp;Playback</source>
        <translation>ال&amp;تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="113" />
        <source>&amp;Speed</source>
        <translation>ال&amp;سرعة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="123" />
        <source>&amp;Nudge</source>
        <translation>&amp;إزاحة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="155" />
        <source>Open video</source>
        <translation>فتح فيديو</translation>
    </message>
    <message>
        <location filename="../../ui/editor/media_binding.py" line="262" />
        <source>Video: {name}</source>
        <translation>الفيديو: {name}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../ui/media/panel.py" line="93" />
        <source>No waveform: {error}</source>
        <translation>لا موجة صوتية: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="194" />
        <source>&amp;Play / pause</source>
        <translation>ت&amp;شغيل / إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="195" />
        <source>Play or pause the video</source>
        <translation>تشغيل الفيديو أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="196" />
        <source>Play &amp;current cue</source>
        <translation>تشغيل الترجمة ال&amp;حالية</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="198" />
        <source>Play the current cue from its start to its end</source>
        <translation>تشغيل الترجمة الحالية من بدايتها إلى نهايتها</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="199" />
        <source>Set cue &amp;start at playhead</source>
        <translation>ضبط &amp;بداية الترجمة عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="201" />
        <source>The current cue starts at the playhead</source>
        <translation>تبدأ الترجمة الحالية عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="202" />
        <source>Set cue &amp;end at playhead</source>
        <translation>ضبط &amp;نهاية الترجمة عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="204" />
        <source>The current cue ends at the playhead</source>
        <translation>تنتهي الترجمة الحالية عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="205" />
        <source>Start one frame earlier</source>
        <translation>البداية قبل إطار واحد</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="207" />
        <source>Start one frame later</source>
        <translation>البداية بعد إطار واحد</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="209" />
        <source>End one frame earlier</source>
        <translation>النهاية قبل إطار واحد</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="211" />
        <source>End one frame later</source>
        <translation>النهاية بعد إطار واحد</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="213" />
        <source>Start 100 ms earlier</source>
        <translation>البداية قبل 100 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="215" />
        <source>Start 100 ms later</source>
        <translation>البداية بعد 100 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="217" />
        <source>End 100 ms earlier</source>
        <translation>النهاية قبل 100 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="219" />
        <source>End 100 ms later</source>
        <translation>النهاية بعد 100 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="221" />
        <source>S&amp;lower</source>
        <translation>أ&amp;بطأ</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="222" />
        <source>Play more slowly (down to 0.5×)</source>
        <translation>تشغيل أبطأ (حتى 0.5×)</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="223" />
        <source>&amp;Faster</source>
        <translation>أ&amp;سرع</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="224" />
        <source>Play faster (up to 2×)</source>
        <translation>تشغيل أسرع (حتى 2×)</translation>
    </message>
    <message>
        <location filename="../../ui/media/panel.py" line="332" />
        <source>Audio only: no picture in this media.</source>
        <translation>صوت فقط: لا صورة في هذه الوسائط.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="23" />
        <source>As the desktop</source>
        <translation>حسب سطح المكتب</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="24" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="25" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="50" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="65" />
        <source>Standard</source>
        <translation>القياسي</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="66" />
        <source>The desktop's font: {family}, {size} pt</source>
        <translation>خط سطح المكتب: {family}، {size} نقطة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="77" />
        <source>How often unsaved changes are copied aside, to be restored after a crash</source>
        <translation>عدد مرات نسخ التغييرات غير المحفوظة جانبًا لاستعادتها بعد التعطل</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="84" />
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="87" />
        <source>Personal word lists…</source>
        <translation>قوائم الكلمات الشخصية…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="88" />
        <source>Open the folder of the words you added: {folder}</source>
        <translation>فتح مجلد الكلمات التي أضفتها: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="94" />
        <source>Show the audio waveform under the cue table</source>
        <translation>عرض الموجة الصوتية أسفل جدول الترجمات</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="96" />
        <source>Editor</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="98" />
        <source>Cue text font:</source>
        <translation>خط نص الترجمة:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="102" />
        <source>Autosave every:</source>
        <translation>الحفظ التلقائي كل:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="103" />
        <source>QC preset:</source>
        <translation>إعداد مراقبة الجودة:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="104" />
        <source>For files without a specification of their own</source>
        <translation>للملفات التي ليس لها مواصفات خاصة بها</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="105" />
        <source>Spelling language:</source>
        <translation>لغة التدقيق الإملائي:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="106" />
        <source>For files that do not say their language</source>
        <translation>للملفات التي لا تذكر لغتها</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="107" />
        <source>Waveform:</source>
        <translation>الموجة الصوتية:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="121" />
        <source>Dotsub and appearance</source>
        <translation>Dotsub والمظهر</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="123" />
        <source>Download subtitles as:</source>
        <translation>تنزيل الترجمات بصيغة:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="124" />
        <source>Colours:</source>
        <translation>الألوان:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="125" />
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="126" />
        <source>The new language shows when Subtitle Desk next starts</source>
        <translation>تظهر اللغة الجديدة عند تشغيل Subtitle Desk في المرة القادمة</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="134" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="139" />
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="141" />
        <source>Work folder:</source>
        <translation>مجلد العمل:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="143" />
        <source>Downloaded subtitles being worked on, and files about to be sent.
Empty: the app's data folder. Work already in the old folder
stays there: open it from there (File ▸ Open) to go on with it.</source>
        <translation>الترجمات المنزّلة قيد العمل والملفات التي ستُرسل.
فارغ: مجلد بيانات التطبيق. العمل الموجود في المجلد القديم
يبقى هناك: افتحه من هناك (ملف ▸ فتح) لمتابعته.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="176" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (لا يوجد قاموس)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="207" />
        <source>Give the work folder's whole path (or choose it).</source>
        <translation>أدخل المسار الكامل لمجلد العمل (أو اختره).</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="209" />
        <source>{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.</source>
        <translation>{path} داخل مجلد ذاكرة مؤقتة قد تفرغه أدوات التنظيف: اختر مكانًا آخر للعمل.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="212" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="247" />
        <source>Keep work in</source>
        <translation>حفظ العمل في</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="50" />
        <source>Cue</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="50" />
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="51" />
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="122" />
        <source>Cue {number}: {problem}</source>
        <translation>الترجمة {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="31" />
        <location filename="../../ui/editor/qc_panel.py" line="202" />
        <source>Reading speed</source>
        <translation>سرعة القراءة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="32" />
        <source>Line too long</source>
        <translation>سطر طويل جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="33" />
        <source>Too many lines</source>
        <translation>أسطر كثيرة جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="34" />
        <source>Too short</source>
        <translation>قصير جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="34" />
        <source>Too long</source>
        <translation>طويل جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="35" />
        <source>Gap too small</source>
        <translation>فاصل صغير جدًا</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="35" />
        <source>Overlap</source>
        <translation>تداخل</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="36" />
        <source>Empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="36" />
        <source>Bad timing</source>
        <translation>توقيت خاطئ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="37" />
        <source>Untranslated</source>
        <translation>غير مترجَم</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="38" />
        <source>Glossary term</source>
        <translation>مصطلح المسرد</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="38" />
        <source>Spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="170" />
        <source>The subtitle specification the cues are checked against</source>
        <translation>مواصفات الترجمة التي تُفحص الترجمات وفقها</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="174" />
        <source>Show the problems of one rule</source>
        <translation>إظهار مشكلات قاعدة واحدة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="210" />
        <source>Spec:</source>
        <translation>المواصفات:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="235" />
        <source>Load Dotsub spec…</source>
        <translation>تحميل مواصفات Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="292" />
        <source>All rules ({count})</source>
        <translation>كل القواعد ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="300" />
        <source>No document</source>
        <translation>لا مستند</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="303" />
        <source>✔ No problems</source>
        <translation>✔ لا مشكلات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/qc_panel.py" line="308" />
        <source>{problems} in {cues}: {rules}</source>
        <translation>{problems} في {cues}: {rules}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ لا مشكلات</numerusform><numerusform>⚠ مشكلة واحدة</numerusform><numerusform>⚠ مشكلتان</numerusform><numerusform>⚠ %n مشكلات</numerusform><numerusform>⚠ %n مشكلة</numerusform><numerusform>⚠ %n مشكلة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/qc_panel.py" line="309" />
        <source>%n cue(s)</source>
        <translation><numerusform>لا ترجمات</numerusform><numerusform>ترجمة واحدة</numerusform><numerusform>ترجمتين</numerusform><numerusform>%n ترجمات</numerusform><numerusform>%n ترجمة</numerusform><numerusform>%n ترجمة</numerusform></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="36" />
        <source>Send to Dotsub</source>
        <extracomment>``done()`` code of "Review problems".</extracomment>
        <translation>إرسال إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="46" />
        <source>{target}&lt;br&gt;{cues} as &lt;tt&gt;{file}&lt;/tt&gt;, saved on this computer first.</source>
        <extracomment>Cues whose text is empty or still the source's. The question asked when the task is marked completed with cues untranslated.</extracomment>
        <translation>{target}&lt;br&gt;{cues} باسم &lt;tt&gt;{file}&lt;/tt&gt;، تُحفظ على هذا الحاسوب أولًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="47" />
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <location filename="../../ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>لا ترجمات</numerusform><numerusform>ترجمة واحدة</numerusform><numerusform>ترجمتين</numerusform><numerusform>%n ترجمات</numerusform><numerusform>%n ترجمة</numerusform><numerusform>%n ترجمة</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="62" />
        <source>{problems} in {cues}&lt;/b&gt; against the specification:</source>
        <translation>{problems} في {cues}&lt;/b&gt; وفق المواصفات:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ لا مشكلات جودة</numerusform><numerusform>⚠ مشكلة جودة واحدة</numerusform><numerusform>⚠ مشكلتا جودة</numerusform><numerusform>⚠ %n مشكلات جودة</numerusform><numerusform>⚠ %n مشكلة جودة</numerusform><numerusform>⚠ %n مشكلة جودة</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="67" />
        <source>✔ No QC problems.</source>
        <translation>✔ لا مشكلات في الجودة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>لا شيء من {cues} غير مترجَم</numerusform><numerusform>واحدة من {cues} لم تُترجم بعد</numerusform><numerusform>اثنتان من {cues} لم تُترجما بعد</numerusform><numerusform>%n من {cues} لم تُترجم بعد</numerusform><numerusform>%n من {cues} لم تُترجم بعد</numerusform><numerusform>%n من {cues} لم تُترجم بعد</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="78" />
        <source> (empty, or still the source's text). Translation ▸ Next untranslated cue (F9) finds them.</source>
        <translation> (فارغة، أو ما زالت بنص المصدر). الترجمة ▸ الترجمة غير المترجَمة التالية (F9) تجدها.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="82" />
        <source>Mark the task &amp;completed</source>
        <translation>وضع علامة &amp;اكتمال على المهمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="86" />
        <source>These subtitles were not opened from a task</source>
        <translation>لم تُفتح هذه الترجمات من مهمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="89" />
        <source>Task {task} is completed already</source>
        <translation>المهمة {task} مكتملة بالفعل</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="93" />
        <source>Task {task} moves on in the workflow once the subtitles are in</source>
        <translation>تنتقل المهمة {task} في سير العمل بعد وصول الترجمات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="98" />
        <source>Send anyway</source>
        <translation>إرسال على أي حال</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="98" />
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="103" />
        <source>&amp;Review problems</source>
        <translation>م&amp;راجعة المشكلات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="127" />
        <source>Complete the task?</source>
        <translation>هل تُكمل المهمة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>لا ترجمات غير مترجَمة. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>ترجمة واحدة لم تُترجم بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>ترجمتان لم تُترجما بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>%n ترجمات لم تُترجم بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>%n ترجمة لم تُترجم بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>%n ترجمة لم تُترجم بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/send_dialog.py" line="131" />
        <source>A completed task goes on to the next step of the workflow.</source>
        <translation>تنتقل المهمة المكتملة إلى الخطوة التالية في سير العمل.</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <location filename="../../ui/desk/widgets.py" line="66" />
        <source>Set up {service}…</source>
        <translation>إعداد {service}…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/widgets.py" line="85" />
        <source>Open the Settings menu to set up {service}</source>
        <translation>افتح قائمة الإعدادات لإعداد {service}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="23" />
        <source>Shift times</source>
        <translation>إزاحة الأوقات</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="26" />
        <source>Seconds (1.5) or a time (0:00:01.500)</source>
        <translation>ثوانٍ (1.5) أو وقت (0:00:01.500)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="27" />
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="28" />
        <source>Earlier</source>
        <translation>مبكرًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>لا ترجمات محددة</numerusform><numerusform>الترجمة المحددة فقط</numerusform><numerusform>الترجمتان المحددتان فقط</numerusform><numerusform>الترجمات الـ %n المحددة فقط</numerusform><numerusform>الترجمات الـ %n المحددة فقط</numerusform><numerusform>الترجمات الـ %n المحددة فقط</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="39" />
        <source>Offset</source>
        <translation>الإزاحة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/dialogs.py" line="40" />
        <source>Direction</source>
        <translation>الاتجاه</translation>
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
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="61" />
        <source>No source cue at this time</source>
        <translation>لا ترجمة مصدر في هذا الوقت</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="68" />
        <source>Copy to cue</source>
        <translation>نسخ إلى الترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="69" />
        <source>Replace the current cue's text with this source text (names, numbers, on-screen text); undoable</source>
        <translation>استبدال نص الترجمة الحالية بنص المصدر هذا (أسماء، أرقام، نص على الشاشة)؛ يمكن التراجع عنه</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="91" />
        <source>{language} (source, read-only)</source>
        <translation>{language} (المصدر، للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/source_view.py" line="93" />
        <source>{count} cues in the source language</source>
        <translation>{count} ترجمة بلغة المصدر</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="85" />
        <source>Error</source>
        <extracomment>A task due within this time is "almost due". The light theme's row tints; rows take the scheme's own (``palette_colors()``) when drawn.</extracomment>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="87" />
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="89" />
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="90" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="94" />
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="94" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="95" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="96" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="97" />
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="98" />
        <source>Assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="99" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="100" />
        <source>Done</source>
        <translation>المنجز</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="101" />
        <source>Media ID</source>
        <translation>معرّف الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="102" />
        <source>Created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="103" />
        <source>Task ID</source>
        <translation>معرّف المهمة</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="273" />
        <source>Search media titles (Ctrl+F)</source>
        <extracomment>"Now" for the highlighting; refreshed on every reload (tests may pin it). Task id -&gt; the progress of its translation on this computer (see ``local_progress``). The task the footer describes (forgotten when it leaves the list). The "accept it first?" question of the last Open (tests read it). (target, marks, source mtimes) -&gt; progress, so unchanged work is not read again.</extracomment>
        <translation>البحث في عناوين الوسائط (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="277" />
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="282" />
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Not completed</source>
        <translation>غير مكتملة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="285" />
        <source>Completed or not</source>
        <translation>مكتملة أو لا</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Accepted or not</source>
        <translation>مقبولة أو لا</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="289" />
        <source>Not accepted</source>
        <translation>غير مقبولة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="291" />
        <source>Due from</source>
        <translation>الاستحقاق من</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="292" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="294" />
        <source>More filters</source>
        <translation>مرشحات أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="296" />
        <source>Clear filters</source>
        <translation>مسح المرشحات</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="297" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="299" />
        <source>Load the task list again (F5)</source>
        <translation>إعادة تحميل قائمة المهام (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="301" />
        <source>Project name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="302" />
        <source>Assignee name</source>
        <translation>اسم المكلَّف</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="305" />
        <source>Any assignee type</source>
        <translation>أي نوع من المكلَّفين</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="308" />
        <source>Media ID</source>
        <translation>معرّف الوسائط</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="309" />
        <source>External ID</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="310" />
        <source>Created since</source>
        <translation>أُنشئت منذ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="311" />
        <source>Completed from</source>
        <translation>اكتملت من</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="352" />
        <location filename="../../ui/desk/dotsub/tasks.py" line="720" />
        <source>Loading tasks…</source>
        <translation>جارٍ تحميل المهام…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="356" />
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="358" />
        <source>Download the subtitles, spec and video and open them in the editor (Enter)</source>
        <translation>تنزيل الترجمات والمواصفات والفيديو وفتحها في المحرر (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="360" />
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="362" />
        <source>Take the task: Dotsub assigns it to you</source>
        <translation>تولّي المهمة: يسندها Dotsub إليك</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="363" />
        <source>Release</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="365" />
        <source>Give the task back to its original assignee</source>
        <translation>إعادة المهمة إلى المكلَّف الأصلي</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="369" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>تنسيق الترجمة المراد تنزيله من Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="376" />
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="382" />
        <source>Dotsub tasks</source>
        <translation>مهام Dotsub</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="389" />
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="390" />
        <source>Due within 24 hours</source>
        <translation>تستحق خلال 24 ساعة</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="391" />
        <source>Due dates in local time</source>
        <translation>مواعيد الاستحقاق بالتوقيت المحلي</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="439" />
        <source>Opened {title}</source>
        <translation>فُتح {title}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="449" />
        <source>Find tasks by title</source>
        <translation>البحث عن المهام حسب العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="451" />
        <source>Load the task list again</source>
        <translation>إعادة تحميل قائمة المهام</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="575" />
        <source>Accept the task?</source>
        <translation>هل تقبل المهمة؟</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="576" />
        <source>Nobody has accepted task {task} ({description}) yet. Accept it before you open it?</source>
        <translation>لم يقبل أحد المهمة {task} ({description}) بعد. هل تقبلها قبل فتحها؟</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="580" />
        <source>Dotsub then assigns it to you, so nobody else starts on it.</source>
        <translation>عندئذ يسندها Dotsub إليك، فلا يبدأ بها أحد غيرك.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="581" />
        <source>&amp;Accept and open</source>
        <translation>&amp;قبول وفتح</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="583" />
        <source>&amp;Open without accepting</source>
        <translation>ف&amp;تح دون قبول</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="613" />
        <location filename="../../ui/desk/dotsub/tasks.py" line="621" />
        <source>Accepting task {task} ({title})</source>
        <translation>جارٍ قبول المهمة {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="622" />
        <source>Releasing task {task} ({title})</source>
        <translation>جارٍ تحرير المهمة {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="633" />
        <source>Accepting task {task} failed: {error}</source>
        <translation>فشل قبول المهمة {task}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="634" />
        <source>Releasing task {task} failed: {error}</source>
        <translation>فشل تحرير المهمة {task}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="638" />
        <source>Task {task} accepted: it is yours now</source>
        <translation>قُبلت المهمة {task}: إنها لك الآن</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="639" />
        <source>Task {task} released</source>
        <translation>حُررت المهمة {task}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="697" />
        <source>{task} · {progress} on this computer</source>
        <translation>{task} · {progress} على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="720" />
        <source>Loading more tasks…</source>
        <translation>جارٍ تحميل مزيد من المهام…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="725" />
        <source>The task list could not be loaded: {error}</source>
        <translation>تعذّر تحميل قائمة المهام: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="734" />
        <source>%n task(s)</source>
        <translation><numerusform>لا مهام</numerusform><numerusform>مهمة واحدة</numerusform><numerusform>مهمتان</numerusform><numerusform>%n مهام</numerusform><numerusform>%n مهمة</numerusform><numerusform>%n مهمة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="735" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} من %n مهمة معروضة</numerusform><numerusform>{shown} من مهمة واحدة معروضة</numerusform><numerusform>{shown} من مهمتين معروضة</numerusform><numerusform>{shown} من %n مهام معروضة</numerusform><numerusform>{shown} من %n مهمة معروضة</numerusform><numerusform>{shown} من %n مهمة معروضة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/dotsub/tasks.py" line="736" />
        <source>, %n overdue</source>
        <translation><numerusform>، لا متأخرة</numerusform><numerusform>، واحدة متأخرة</numerusform><numerusform>، اثنتان متأخرتان</numerusform><numerusform>، %n متأخرة</numerusform><numerusform>، %n متأخرة</numerusform><numerusform>، %n متأخرة</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dotsub/tasks.py" line="745" />
        <source>Loading tasks from Dotsub…</source>
        <translation>جارٍ تحميل المهام من Dotsub…</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../ui/media/transport.py" line="31" />
        <source>Playhead position</source>
        <translation>موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="38" />
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="58" />
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../ui/media/transport.py" line="58" />
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="42" />
        <source>Upload</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="43" />
        <source>&amp;Upload</source>
        <translation>ال&amp;رفع</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="45" />
        <source>Upload &amp;videos to Dotsub…</source>
        <translation>رفع &amp;فيديوهات إلى Dotsub…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="48" />
        <source>Show &amp;uploads</source>
        <translation>إظهار عمليات ال&amp;رفع</translation>
    </message>
    <message>
        <location filename="../../ui/desk/uploads/__init__.py" line="50" />
        <source>&amp;Cancel all uploads</source>
        <translation>إ&amp;لغاء كل عمليات الرفع</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../ui/activity_panel.py" line="118" />
        <source>✔ Done</source>
        <translation>✔ اكتمل</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="118" />
        <source>✖ Failed</source>
        <translation>✖ فشل</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="119" />
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="151" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="155" />
        <source>Working…</source>
        <translation>قيد العمل…</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="156" />
        <source>  ·  running for {time}</source>
        <translation>  ·  قيد التشغيل منذ {time}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="159" />
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="162" />
        <source>Done after {time}</source>
        <translation>اكتمل بعد {time}</translation>
    </message>
    <message>
        <location filename="../../ui/activity_panel.py" line="163" />
        <source>Cancelled after {time}</source>
        <translation>أُلغي بعد {time}</translation>
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
        <translation>ال&amp;مهام</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="46" />
        <source>&amp;New job…</source>
        <translation>مهمة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="47" />
        <source>Add &amp;media to the selected job…</source>
        <translation>إضافة &amp;وسائط إلى المهمة المحددة…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="48" />
        <source>Request &amp;transcription…</source>
        <translation>طلب &amp;تفريغ نصي…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="49" />
        <source>&amp;Open captions in editor</source>
        <translation>&amp;فتح الترجمات في المحرر</translation>
    </message>
    <message>
        <location filename="../../ui/desk/cielo24/__init__.py" line="50" />
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="42" />
        <source>Follow the system</source>
        <extracomment>The languages the interface speaks, each named in itself.</extracomment>
        <translation>حسب النظام</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../ui/words.py" line="47" />
        <source>Caption</source>
        <extracomment>Dotsub's ``uploadDetail.status`` of a media, as the end of "The upload is …". Statuses that mean Dotsub still waits for the video (Retry sends it, Delete removes the media). DatoCMS's track ``status``. For pyside6-lupdate: the names core.work.dotsub.TASK_TYPE_LABELS gives (the core has no Qt), and the other tables' names shown on their own; ``translated`` shows them in the user's language.</extracomment>
        <translation>تسميات توضيحية</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47" />
        <source>Pivot translate</source>
        <translation>ترجمة عبر لغة وسيطة</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48" />
        <source>Direct translate</source>
        <translation>ترجمة مباشرة</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48" />
        <source>Translate</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49" />
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49" />
        <source>Post-editing</source>
        <translation>تحرير لاحق</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50" />
        <source>Proofreading</source>
        <translation>تدقيق لغوي</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50" />
        <source>Custom</source>
        <translation>مخصصة</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Sign-off</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Burn-in</source>
        <translation>دمج في الفيديو</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="51" />
        <source>Push</source>
        <translation>دفع</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="52" />
        <source>Text to speech</source>
        <translation>تحويل النص إلى كلام</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="53" />
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54" />
        <source>Mechanical</source>
        <translation>آلية</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="54" />
        <source>Premium</source>
        <translation>ممتازة</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55" />
        <source>Professional</source>
        <translation>احترافية</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="55" />
        <source>External</source>
        <translation>خارجية</translation>
    </message>
</context>
</TS>