<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
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
    <name>i18n</name>
    <message>
        <location filename="../../ui/i18n.py" line="38" />
        <source>Follow the system</source>
        <extracomment>The languages the interface speaks, each named in itself.</extracomment>
        <translation>حسب النظام</translation>
    </message>
</context>
</TS>