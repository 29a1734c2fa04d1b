<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="21" />
        <source>Media, tasks and subtitles in Dotsub VideoTMS; video uploads.</source>
        <translation>الوسائط والمهام والترجمات في Dotsub VideoTMS؛ رفع الفيديوهات.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="22" />
        <source>Subtitle tracks on videos in the DatoCMS Media Area.</source>
        <translation>مسارات الترجمة لمقاطع الفيديو في منطقة الوسائط في DatoCMS.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="23" />
        <source>Transcription and caption jobs at cielo24.</source>
        <translation>مهام التفريغ النصي والترجمة في cielo24.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="41" />
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="102" />
        <source>Set up…</source>
        <translation>إعداد…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="42" />
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="60" />
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="89" />
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="95" />
        <source>These are the built-in local demo services on this computer; changes here last for this session only.</source>
        <translation>هذه خدمات العرض التوضيحي المحلية المدمجة على هذا الحاسوب؛ تسري التغييرات هنا لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="101" />
        <source>Not set up.</source>
        <translation>غير مُعدّ.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="102" />
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="112" />
        <source>Client {client} at {url}</source>
        <translation>العميل {client} على {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="115" />
        <source>API token, {environment} environment, at {url}</source>
        <translation>رمز API، البيئة {environment}، على {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="118" />
        <source>API token, primary environment, at {url}</source>
        <translation>رمز API، البيئة الرئيسية، على {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="120" />
        <source>User {user} at {url}</source>
        <translation>المستخدم {user} على {url}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/page.py" line="122" />
        <source>Set up: {account}.</source>
        <translation>مُعدّ: {account}.</translation>
    </message>
</context>
<context>
    <name>ActivityDock</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="327" />
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="197" />
        <source>Nothing has run yet. Downloads, uploads and checks appear here.</source>
        <translation>لم يُشغَّل شيء بعد. تظهر هنا التنزيلات وعمليات الرفع والفحوص.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="204" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="205" />
        <source>Copy the selected operation's message</source>
        <translation>نسخ رسالة العملية المحددة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="207" />
        <source>Running only</source>
        <translation>الجارية فقط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="209" />
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="315" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="212" />
        <source>Cancel all</source>
        <translation>إلغاء الكل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="214" />
        <source>Clear finished</source>
        <translation>مسح المنتهية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="258" />
        <source>{operation} failed: {error}</source>
        <translation>فشل {operation}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="260" />
        <source>{operation}: cancelled after {time}.</source>
        <translation>{operation}: أُلغي بعد {time}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="263" />
        <source>{operation}: done in {time}.</source>
        <translation>{operation}: اكتمل في {time}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="266" />
        <source>{operation}: {detail}</source>
        <translation>{operation}: {detail}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="267" />
        <source>{operation}: working…</source>
        <translation>{operation}: قيد العمل…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="318" />
        <source>Copy message</source>
        <translation>نسخ الرسالة</translation>
    </message>
</context>
<context>
    <name>BatchPublishDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="140" />
        <source>Publish a Dotsub media's languages</source>
        <extracomment>The user searched: (title text, may be empty for the most recent media)</extracomment>
        <translation>نشر لغات وسائط من Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="143" />
        <source>Every finished language of the Dotsub media you pick becomes a subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</source>
        <translation>تصبح كل لغة مكتملة من وسائط Dotsub التي تختارها مسار ترجمة للفيديو &lt;b&gt;{video}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="148" />
        <source>Dotsub media title</source>
        <translation>عنوان وسائط Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="150" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="161" />
        <source>Finished languages</source>
        <translation>اللغات المكتملة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="172" />
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="180" />
        <source>Languages to publish:</source>
        <translation>اللغات المراد نشرها:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="199" />
        <source>Searching Dotsub…</source>
        <translation>جارٍ البحث في Dotsub…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="222" />
        <source>%n media with finished languages (of {total} found; refine the title to see more)</source>
        <translation><numerusform>لا وسائط بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)</numerusform><numerusform>وسيط واحد بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)</numerusform><numerusform>وسيطان بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)</numerusform><numerusform>%n وسائط بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)</numerusform><numerusform>%n وسيطًا بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)</numerusform><numerusform>%n وسيط بلغات مكتملة (من أصل {total} نتيجة؛ حدّد العنوان بدقة أكبر لرؤية المزيد)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="225" />
        <source>%n media with finished languages</source>
        <translation><numerusform>لا وسائط بلغات مكتملة</numerusform><numerusform>وسيط واحد بلغات مكتملة</numerusform><numerusform>وسيطان بلغات مكتملة</numerusform><numerusform>%n وسائط بلغات مكتملة</numerusform><numerusform>%n وسيطًا بلغات مكتملة</numerusform><numerusform>%n وسيط بلغات مكتملة</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="228" />
        <source>No Dotsub media with finished languages matches; try another title.</source>
        <translation>لا توجد وسائط في Dotsub بلغات مكتملة تطابق البحث؛ جرّب عنوانًا آخر.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../subtitle_desk/ui/runner.py" line="407" />
        <source>{operation} (+{count} more)</source>
        <extracomment>0..1, or None while the amount of work is unknown (indeterminate). True while at least one operation is running (drives the busy indicator). The transfers' CPU priority below the window's (Linux nice): on busy CPUs the window comes first. (name, exception) for every run that ended with an exception other than cancellation. (name) when a run finished successfully. Seconds between two refreshes at most (about ten a second).</extracomment>
        <translation>{operation} (+{count} أخرى)</translation>
    </message>
</context>
<context>
    <name>Cielo24Controller</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="101" />
        <source>Loading cielo24 jobs</source>
        <extracomment>The jobs list is loading (True) or done (False). The last list or action failed with this message ("" once things work again). A job's details arrived or changed: (job id) A followed job reached Complete: (job info) A job was created in this session: (job id) Captions were handed to the editor: (WorkSession) Seconds between status checks of a followed job (cielo24 jobs take minutes to days). Caption format fetched to open in the editor.</extracomment>
        <translation>جارٍ تحميل مهام cielo24</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="141" />
        <source>Untitled job</source>
        <translation>مهمة بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="144" />
        <source>cielo24: new job “{name}”</source>
        <translation>cielo24: مهمة جديدة «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="149" />
        <source>cielo24: media for “{name}”</source>
        <translation>cielo24: وسائط للمهمة «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="162" />
        <source>cielo24: following “{name}”</source>
        <translation>cielo24: متابعة «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="173" />
        <source>cielo24: mechanical transcription of “{name}”</source>
        <translation>cielo24: تفريغ نصي آلي لـ «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="175" />
        <source>cielo24: premium transcription of “{name}”</source>
        <translation>cielo24: تفريغ نصي مميز لـ «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="177" />
        <source>cielo24: professional transcription of “{name}”</source>
        <translation>cielo24: تفريغ نصي احترافي لـ «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="178" />
        <source>cielo24: {fidelity} transcription of “{name}”</source>
        <translation>cielo24: تفريغ نصي ({fidelity}) لـ «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="196" />
        <source>Creating the job</source>
        <translation>جارٍ إنشاء المهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="209" />
        <source>Handing cielo24 the media URL</source>
        <translation>جارٍ تسليم عنوان URL للوسائط إلى cielo24</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="210" />
        <source>Adding the media URL</source>
        <translation>جارٍ إضافة عنوان URL للوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="223" />
        <source>Transcription ordered</source>
        <translation>طُلب التفريغ النصي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="223" />
        <source>Media added</source>
        <translation>أُضيفت الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="229" />
        <source>Ordering a mechanical transcription</source>
        <translation>جارٍ طلب تفريغ نصي آلي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="231" />
        <source>Ordering a premium transcription</source>
        <translation>جارٍ طلب تفريغ نصي مميز</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="233" />
        <source>Ordering a professional transcription</source>
        <translation>جارٍ طلب تفريغ نصي احترافي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="234" />
        <source>Ordering a {fidelity} transcription</source>
        <translation>جارٍ طلب تفريغ نصي ({fidelity})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="245" />
        <source>Uploading {name}</source>
        <translation>جارٍ رفع {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="259" />
        <source>{status}; checking every {seconds} s</source>
        <translation>{status}؛ يجري التحقق كل {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="268" />
        <source>Complete: captions ready</source>
        <translation>اكتملت: الترجمات جاهزة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="274" />
        <source>Opening cielo24 captions of “{name}”</source>
        <translation>جارٍ فتح ترجمات cielo24 للمهمة «{name}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="309" />
        <source>Uploading {sent} of {total}</source>
        <translation>جارٍ رفع {sent} من {total}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="312" />
        <source>{text}, {rate}/s</source>
        <translation>{text}، {rate}/ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="315" />
        <source>{text}, {seconds} s left</source>
        <translation>{text}، يتبقى {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/controller.py" line="318" />
        <source>{text} (attempt {attempt})</source>
        <translation>{text} (المحاولة {attempt})</translation>
    </message>
</context>
<context>
    <name>Cielo24Page</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="33" />
        <source>&lt;h3&gt;cielo24 is not set up&lt;/h3&gt;&lt;p&gt;Set up cielo24 in Settings: add your cielo24 username and an API key (securekey) or password.&lt;/p&gt;&lt;p&gt;Then this page lists your transcription jobs and sends new media.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;لم يُعدّ cielo24 بعد&lt;/h3&gt;&lt;p&gt;أعدّ cielo24 في الإعدادات: أضف اسم المستخدم في cielo24 ومفتاح API (securekey) أو كلمة المرور.&lt;/p&gt;&lt;p&gt;بعد ذلك تعرض هذه الصفحة مهام التفريغ النصي وترسل الوسائط الجديدة.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="67" />
        <source>New job…</source>
        <extracomment>The dialog while open (tests reach it here).</extracomment>
        <translation>مهمة جديدة…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="69" />
        <source>Add media…</source>
        <translation>إضافة وسائط…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="71" />
        <source>Request transcription…</source>
        <translation>طلب تفريغ نصي…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="73" />
        <source>Open captions in editor</source>
        <translation>فتح الترجمات في المحرر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="75" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="86" />
        <source>Loading jobs…</source>
        <translation>جارٍ تحميل المهام…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="104" />
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="232" />
        <source>Choose a job</source>
        <translation>اختر مهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="110" />
        <source>Job ID:</source>
        <translation>معرّف المهمة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="110" />
        <source>External ID:</source>
        <translation>المعرّف الخارجي:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="111" />
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="111" />
        <source>Fidelity:</source>
        <translation>الدقة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="112" />
        <source>Turnaround:</source>
        <translation>مدة التسليم:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="112" />
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="113" />
        <source>Media length:</source>
        <translation>مدة الوسائط:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="113" />
        <source>Media:</source>
        <translation>الوسائط:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="114" />
        <source>Created:</source>
        <translation>تاريخ الإنشاء:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="114" />
        <source>Due:</source>
        <translation>الاستحقاق:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="115" />
        <source>Completed:</source>
        <translation>تاريخ الاكتمال:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="115" />
        <source>This session:</source>
        <translation>هذه الجلسة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="180" />
        <source>The jobs could not be loaded (see the message above).</source>
        <translation>تعذّر تحميل المهام (انظر الرسالة أعلاه).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="182" />
        <source>No cielo24 jobs yet.
Click “New job…” to send a video or audio file (or its URL) for transcription.</source>
        <translation>لا توجد مهام cielo24 بعد.
انقر «مهمة جديدة…» لإرسال ملف فيديو أو صوت (أو عنوان URL الخاص به) للتفريغ النصي.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="244" />
        <source>received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="245" />
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="248" />
        <source>following</source>
        <translation>قيد المتابعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="307" />
        <source>cielo24: “{name}” is complete; its captions can be opened in the editor</source>
        <translation>cielo24: اكتملت «{name}»؛ يمكن فتح ترجماتها في المحرر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="322" />
        <source>The captions are ready: open them in the editor to review and fix them.</source>
        <translation>الترجمات جاهزة: افتحها في المحرر لمراجعتها وتصحيحها.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="325" />
        <source>cielo24 could not use this job's media. Create a new job with a playable file (MP4, MOV, WAV, MP3 …).</source>
        <translation>تعذّر على cielo24 استخدام وسائط هذه المهمة. أنشئ مهمة جديدة بملف قابل للتشغيل (MP4 أو MOV أو WAV أو MP3 …).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="330" />
        <source>This job is waiting for media: add a local file or a URL.</source>
        <translation>هذه المهمة بانتظار الوسائط: أضف ملفًا محليًا أو عنوان URL.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="333" />
        <source>The media arrived: request a transcription (fidelity and turnaround).</source>
        <translation>وصلت الوسائط: اطلب تفريغًا نصيًا (الدقة ومدة التسليم).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="339" />
        <source>cielo24 is working on it; due {due}.</source>
        <translation>يعمل cielo24 عليها؛ موعد الاستحقاق {due}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/page.py" line="340" />
        <source>cielo24 is working on it.</source>
        <translation>يعمل cielo24 عليها.</translation>
    </message>
</context>
<context>
    <name>Cielo24SettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="308" />
        <source>Your cielo24 username and an API key (Account → API access), or your password. The API key is used when both are set.</source>
        <translation>اسم المستخدم في cielo24 ومفتاح API (الحساب ← الوصول إلى API)، أو كلمة المرور. يُستخدم مفتاح API عند ضبط الاثنين.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="314" />
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="315" />
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="316" />
        <source>or password</source>
        <translation>أو كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="318" />
        <source>API URL</source>
        <translation>عنوان URL لواجهة API</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="75" />
        <source>Setup</source>
        <extracomment>The user chose to try the desk on the built-in local services (first-start offer).</extracomment>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="79" />
        <source>{service} account…</source>
        <translation>حساب {service}…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/__init__.py" line="83" />
        <source>&amp;Accounts (Setup page)</source>
        <translation>ال&amp;حسابات (صفحة الإعداد)</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="93" />
        <source>Testing the {service} connection</source>
        <extracomment>The origin of a test of the settings in use (not a dialog's draft). The secrets each service's dialog edits (SecretStore keys). Cached login tokens that belong to the old credentials once they change. (service, ok, message, origin): the service's own answer to a connection test started by ``origin`` ("saved" for the settings in use, else the dialog that tested its draft). (service): new settings or secrets were saved and are in use. The last test of the settings in use, per service: (ok, message).</extracomment>
        <translation>جارٍ اختبار الاتصال بـ {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="115" />
        <source>{names} and {count} more</source>
        <translation>{names} و{count} أخرى</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="116" />
        <source>Connected to Dotsub: organization {organization}, {projects}, {languages} ({names}).</source>
        <translation>تم الاتصال بـ Dotsub: المؤسسة {organization}، {projects}، {languages} ({names}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="118" />
        <source>%n project(s)</source>
        <translation><numerusform>لا مشاريع</numerusform><numerusform>مشروع واحد</numerusform><numerusform>مشروعان</numerusform><numerusform>%n مشاريع</numerusform><numerusform>%n مشروعًا</numerusform><numerusform>%n مشروع</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="119" />
        <source>%n language(s)</source>
        <translation><numerusform>لا لغات</numerusform><numerusform>لغة واحدة</numerusform><numerusform>لغتان</numerusform><numerusform>%n لغات</numerusform><numerusform>%n لغة</numerusform><numerusform>%n لغة</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="122" />
        <source>primary environment</source>
        <translation>البيئة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="123" />
        <source>Connected to DatoCMS ({environment}): {uploads} in the Media Area.</source>
        <translation>تم الاتصال بـ DatoCMS ({environment}): {uploads} في منطقة الوسائط.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="124" />
        <source>%n upload(s)</source>
        <translation><numerusform>لا ملفات مرفوعة</numerusform><numerusform>ملف مرفوع واحد</numerusform><numerusform>ملفان مرفوعان</numerusform><numerusform>%n ملفات مرفوعة</numerusform><numerusform>%n ملفًا مرفوعًا</numerusform><numerusform>%n ملف مرفوع</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="129" />
        <source>Connected to cielo24 as {user}: {jobs} in the account.</source>
        <translation>تم الاتصال بـ cielo24 باسم {user}: {jobs} في الحساب.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/connect/controller.py" line="130" />
        <source>%n job(s)</source>
        <translation><numerusform>لا مهام</numerusform><numerusform>مهمة واحدة</numerusform><numerusform>مهمتان</numerusform><numerusform>%n مهام</numerusform><numerusform>%n مهمة</numerusform><numerusform>%n مهمة</numerusform></translation>
    </message>
</context>
<context>
    <name>CueEditorPane</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="125" />
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="203" />
        <source>No cue selected</source>
        <extracomment>the context menu is about to open at this position: the pane fills it (row, new text) on every keystroke in the text box. (row, start ms, end ms) when a typed time is accepted. the user finished a typing session (focus left the text box). a message for the status bar (e.g. why a typed time was refused). "Add to dictionary" / "Ignore" on a misspelled word: (word) The language's direction, for cues with no strongly directional text yet (an empty new cue in an Arabic translation is typed right to left). Set by the workspace.</extracomment>
        <translation>لا ترجمة محددة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="140" />
        <source>Type H:MM:SS.mmm, MM:SS.mmm, SRT's 00:00:01,000 or seconds; Enter applies</source>
        <translation>اكتب H:MM:SS.mmm أو MM:SS.mmm أو صيغة SRT 00:00:01,000 أو ثوانيَ؛ Enter للتطبيق</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="147" />
        <source>&amp;Start</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="148" />
        <source>&amp;End</source>
        <translation>ال&amp;نهاية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="149" />
        <source>D&amp;uration</source>
        <translation>ال&amp;مدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="154" />
        <source>Cue text (Enter for a new line)</source>
        <translation>نص الترجمة (Enter لسطر جديد)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="210" />
        <source>Cue {number}</source>
        <translation>الترجمة {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="296" />
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="299" />
        <source>Add “{word}” to dictionary</source>
        <translation>إضافة «{word}» إلى القاموس</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="302" />
        <source>Ignore “{word}”</source>
        <translation>تجاهل «{word}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="371" />
        <source>The end time must not be before the start time</source>
        <translation>يجب ألا يسبق وقت النهاية وقت البداية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/pane.py" line="388" />
        <source>%n line(s), characters per line: {lengths}    CPS: {cps}    Duration: {duration} s</source>
        <translation><numerusform>لا أسطر، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>سطر واحد، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>سطران، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>%n أسطر، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>%n سطرًا، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform><numerusform>%n سطر، الأحرف في كل سطر: {lengths}    حرف/ث: {cps}    المدة: {duration} ث</numerusform></translation>
    </message>
</context>
<context>
    <name>CueTableModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="69" />
        <source>Start</source>
        <extracomment>Shown in place of a line break in the one-line table view.</extracomment>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="69" />
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="70" />
        <source>Dur.</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="70" />
        <source>CPS</source>
        <translation>حرف/ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="71" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="71" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="72" />
        <source>QC</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="73" />
        <source>Cue number</source>
        <translation>رقم الترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="74" />
        <source>Start time (H:MM:SS.mmm)</source>
        <translation>وقت البداية (H:MM:SS.mmm)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="75" />
        <source>End time</source>
        <translation>وقت النهاية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="76" />
        <source>Duration in seconds</source>
        <translation>المدة بالثواني</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="77" />
        <source>Characters per second (reading speed)</source>
        <translation>الأحرف في الثانية (سرعة القراءة)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="78" />
        <source>The source cues this cue overlaps in time (read-only)</source>
        <translation>ترجمات المصدر التي تتداخل زمنيًا مع هذه الترجمة (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="79" />
        <source>Cue text; ⏎ marks a line break</source>
        <translation>نص الترجمة؛ ⏎ يشير إلى فاصل سطر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="80" />
        <source>Quality-check problems</source>
        <translation>مشكلات مراقبة الجودة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="346" />
        <source>{text}

(kept as in the source)</source>
        <extracomment>Which QC rules colour which column (rule ids from core.qc).</extracomment>
        <translation>{text}

(محتفظ بها كما في المصدر)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="348" />
        <source>{text}

(not translated yet)</source>
        <translation>{text}

(لم تُترجم بعد)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="349" />
        <source>(not translated yet)</source>
        <translation>(لم تُترجم بعد)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/cue_model.py" line="352" />
        <source>(no source cue at this time)</source>
        <translation>(لا توجد ترجمة مصدر في هذا الوقت)</translation>
    </message>
</context>
<context>
    <name>CueTableView</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="135" />
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
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="42" />
        <source>Dato&amp;CMS</source>
        <translation>Dato&amp;CMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="43" />
        <source>&amp;Videos and tracks</source>
        <translation>ال&amp;فيديوهات والمسارات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="44" />
        <source>&amp;Publish open subtitles…</source>
        <translation>&amp;نشر الترجمات المفتوحة…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="46" />
        <source>Publish a &amp;Dotsub media's languages…</source>
        <translation>نشر لغات وسائط &amp;Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="48" />
        <source>&amp;Generate subtitles…</source>
        <translation>&amp;توليد ترجمات…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/__init__.py" line="50" />
        <source>&amp;Reload</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
</context>
<context>
    <name>DatocmsController</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="99" />
        <source>Loading DatoCMS videos</source>
        <extracomment>The uploads list is loading (True) or done (False). The uploads list failed with the service's message ("" once it loads again). A job started (JobEntry), so the page can reveal the jobs table. A job ended, whatever its outcome (JobEntry). The Dotsub organization's languages arrived (list of language records). The Dotsub organization's languages once loaded (None: not loaded or no Dotsub).</extracomment>
        <translation>جارٍ تحميل مقاطع فيديو DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="232" />
        <source>Publish {language}</source>
        <translation>نشر {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="234" />
        <source>Publishing {language} to {video}</source>
        <translation>جارٍ نشر {language} على {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="266" />
        <source>Publish from Dotsub “{title}” {language}</source>
        <translation>نشر {language} من Dotsub «{title}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="270" />
        <source>Publishing {title} · {language} to {video}</source>
        <translation>جارٍ نشر {title} · {language} على {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="290" />
        <source>Generate {language}</source>
        <translation>توليد {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="292" />
        <source>Generating {language} subtitles for {video}</source>
        <translation>جارٍ توليد ترجمة {language} للفيديو {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="302" />
        <source>Delete {track}</source>
        <translation>حذف {track}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="310" />
        <source>Deleting {track} from {video}</source>
        <translation>جارٍ حذف {track} من {video}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="342" />
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="350" />
        <source>Unexpected error (see the error report)</source>
        <translation>خطأ غير متوقع (راجع تقرير الخطأ)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="355" />
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="357" />
        <source>DatoCMS could not prepare the track</source>
        <translation>تعذّر على DatoCMS تحضير المسار</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="358" />
        <source>Errored</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/controller.py" line="362" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
</context>
<context>
    <name>DatocmsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="40" />
        <source>&lt;h3&gt;DatoCMS is not set up&lt;/h3&gt;&lt;p&gt;Set up DatoCMS in Settings: add the project's API token (and its environment, if you publish to a sandbox).&lt;/p&gt;&lt;p&gt;Then this page lists the project's videos and their subtitle tracks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;لم يُعدّ DatoCMS بعد&lt;/h3&gt;&lt;p&gt;أعدّ DatoCMS في الإعدادات: أضف رمز API الخاص بالمشروع (وبيئته إذا كنت تنشر في بيئة اختبار).&lt;/p&gt;&lt;p&gt;بعد ذلك تعرض هذه الصفحة مقاطع فيديو المشروع ومسارات ترجمتها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="78" />
        <source>&lt;b&gt;Videos&lt;/b&gt; in the DatoCMS Media Area</source>
        <extracomment>The dialogs while open (tests and the smoke test reach them here).</extracomment>
        <translation>&lt;b&gt;مقاطع الفيديو&lt;/b&gt; في منطقة الوسائط في DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="81" />
        <source>Search file names, notes and tags</source>
        <translation>البحث في أسماء الملفات والملاحظات والوسوم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="90" />
        <source>Loading videos…</source>
        <translation>جارٍ تحميل مقاطع الفيديو…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="113" />
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="268" />
        <source>Choose a video</source>
        <translation>اختر فيديو</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="119" />
        <source>Publish open subtitles…</source>
        <translation>نشر الترجمات المفتوحة…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="121" />
        <source>Publish from Dotsub…</source>
        <translation>نشر من Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="123" />
        <source>Generate subtitles…</source>
        <translation>توليد ترجمات…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="125" />
        <source>Delete track…</source>
        <translation>حذف المسار…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="127" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="138" />
        <source>Loading tracks…</source>
        <translation>جارٍ تحميل المسارات…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="152" />
        <source>&lt;b&gt;Jobs&lt;/b&gt; started in this session</source>
        <translation>&lt;b&gt;المهام&lt;/b&gt; التي بدأت في هذه الجلسة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="159" />
        <source>Clear finished</source>
        <translation>مسح المنتهية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="230" />
        <source>The videos could not be loaded (see the message above).</source>
        <translation>تعذّر تحميل مقاطع الفيديو (راجع الرسالة أعلاه).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="233" />
        <source>No video matches “{query}”. Try part of a file name or a tag.</source>
        <translation>لا يوجد فيديو يطابق «{query}». جرّب جزءًا من اسم ملف أو وسمًا.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="234" />
        <source>The Media Area has no videos yet. Upload one in DatoCMS, then Refresh.</source>
        <translation>لا تحتوي منطقة الوسائط على مقاطع فيديو بعد. ارفع مقطعًا في DatoCMS ثم اضغط تحديث.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="240" />
        <source>%n video(s)</source>
        <translation><numerusform>لا مقاطع فيديو</numerusform><numerusform>مقطع فيديو واحد</numerusform><numerusform>مقطعا فيديو</numerusform><numerusform>%n مقاطع فيديو</numerusform><numerusform>%n مقطع فيديو</numerusform><numerusform>%n مقطع فيديو</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="242" />
        <source>Showing {shown} of %n video(s); scroll for more</source>
        <translation><numerusform>عرض {shown} من أصل %n مقطع فيديو؛ مرّر لعرض المزيد</numerusform><numerusform>عرض {shown} من أصل مقطع فيديو واحد؛ مرّر لعرض المزيد</numerusform><numerusform>عرض {shown} من أصل مقطعي فيديو؛ مرّر لعرض المزيد</numerusform><numerusform>عرض {shown} من أصل %n مقاطع فيديو؛ مرّر لعرض المزيد</numerusform><numerusform>عرض {shown} من أصل %n مقطع فيديو؛ مرّر لعرض المزيد</numerusform><numerusform>عرض {shown} من أصل %n مقطع فيديو؛ مرّر لعرض المزيد</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="278" />
        <source>{rate} fps</source>
        <translation>{rate} إطار/ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="299" />
        <source>Choose a video on the left to see its subtitle and audio tracks.</source>
        <translation>اختر فيديو من القائمة على اليمين لعرض مسارات الترجمة والصوت الخاصة به.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="304" />
        <source>This video has no tracks yet.
Publish the subtitles open in the editor, publish a Dotsub media's languages, or generate subtitles from the audio.</source>
        <translation>لا مسارات لهذا الفيديو بعد.
انشر الترجمات المفتوحة في المحرر، أو انشر لغات وسائط من Dotsub، أو ولّد ترجمات من الصوت.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="319" />
        <source>Publish the subtitles open in the editor as a WebVTT track of this video</source>
        <translation>نشر الترجمات المفتوحة في المحرر كمسار WebVTT لهذا الفيديو</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="320" />
        <source>Open subtitles in the editor first</source>
        <translation>افتح ترجمات في المحرر أولًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="323" />
        <source>Publish every finished language of a Dotsub media as tracks</source>
        <translation>نشر كل لغة مكتملة من وسائط Dotsub كمسار</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="324" />
        <source>Set up Dotsub in Settings to publish its languages</source>
        <translation>أعدّ Dotsub في الإعدادات لنشر لغاته</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="326" />
        <source>Have DatoCMS transcribe the video's audio into a subtitles track</source>
        <translation>اجعل DatoCMS يفرّغ صوت الفيديو نصيًا في مسار ترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="342" />
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="414" />
        <source>Delete track</source>
        <translation>حذف المسار</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="415" />
        <source>Delete the {type} track “{track}” ({code}) from {video}?

Viewers lose it at once; this cannot be undone.</source>
        <translation>هل تريد حذف المسار «{track}» ({type}، {code}) من {video}؟

يفقده المشاهدون فورًا، ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="420" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="440" />
        <source>DatoCMS: {job} on {video}: {status} — {message}</source>
        <translation>DatoCMS: {job} على {video}: {status} — {message}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/page.py" line="443" />
        <source>DatoCMS: {job} on {video}: {status}</source>
        <translation>DatoCMS: {job} على {video}: {status}</translation>
    </message>
</context>
<context>
    <name>DatocmsSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="286" />
        <source>A DatoCMS API token with access to the Media Area (Project settings → API tokens). Leave the environment empty for the primary environment.</source>
        <translation>رمز API من DatoCMS يتيح الوصول إلى منطقة الوسائط (إعدادات المشروع ← رموز API). اترك البيئة فارغة لاستخدام البيئة الرئيسية.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="291" />
        <source>API token</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="292" />
        <source>primary environment</source>
        <translation>البيئة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="294" />
        <source>Environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="296" />
        <source>API URL</source>
        <translation>عنوان URL لواجهة API</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/__init__.py" line="67" />
        <source>Starting the built-in local services</source>
        <translation>جارٍ تشغيل الخدمات المحلية المدمجة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/__init__.py" line="87" />
        <source>Demo services on this computer: {services}</source>
        <translation>خدمات العرض التوضيحي على هذا الحاسوب: {services}</translation>
    </message>
</context>
<context>
    <name>Dotsub</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="56" />
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="57" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="65" />
        <source>&amp;Dotsub</source>
        <translation>&amp;Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="66" />
        <source>&amp;Tasks</source>
        <translation>ال&amp;مهام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="67" />
        <source>&amp;Media</source>
        <translation>ال&amp;وسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="68" />
        <source>&amp;Open selected task</source>
        <translation>&amp;فتح المهمة المحددة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="69" />
        <source>&amp;Accept selected task</source>
        <translation>&amp;قبول المهمة المحددة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="70" />
        <source>&amp;Release selected task</source>
        <translation>&amp;تحرير المهمة المحددة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/__init__.py" line="71" />
        <source>Re&amp;load tasks and media</source>
        <translation>إعادة ت&amp;حميل المهام والوسائط</translation>
    </message>
</context>
<context>
    <name>DotsubSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="259" />
        <source>Dotsub VideoTMS API client credentials (Organization settings → API clients). The client secret is never written to the settings file.</source>
        <translation>بيانات اعتماد عميل واجهة برمجة تطبيقات Dotsub VideoTMS (إعدادات المؤسسة ← عملاء API). لا يُكتب سر العميل أبدًا في ملف الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="265" />
        <source>Client ID</source>
        <translation>معرّف العميل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="266" />
        <source>Client secret</source>
        <translation>سر العميل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="270" />
        <source>API URL</source>
        <translation>عنوان URL لواجهة API</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="271" />
        <source>Login URL</source>
        <translation>عنوان URL لتسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="272" />
        <source>Audience</source>
        <translation>الجمهور (Audience)</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <location filename="../../subtitle_desk/ui/durations.py" line="20" />
        <location filename="../../subtitle_desk/ui/durations.py" line="23" />
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/durations.py" line="26" />
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} د {seconds} ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/durations.py" line="29" />
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="96" />
        <source>Untitled</source>
        <extracomment>File-dialog filters per format, in the order offered. Documents longer than this are checked against a new QC context on a worker thread. a different document was loaded (or closed: None) the file path, name or dirty state changed: (display name, dirty) undo/redo availability or names changed QC results changed for these rows (tuple) or for all (None) the spec in force changed: (key, Spec) a status-bar message something the user must read: (title, text) a save finished: (path, notes of what the target format dropped) the user should choose where to select: (row) a file was read from disk and is now the open document: (path) A key per opened document for the autosave store. The translation rules' context (source, glossary, spelling), or None: see Workbench. What the work is called in questions ("Video 3 · French · Translate"), when it is more than its file name; the workspace sets it for service work. Increases on every change of the document (autosave compares it).</extracomment>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="162" />
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="166" />
        <source>Cannot open subtitle file</source>
        <translation>تعذّر فتح ملف الترجمة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="170" />
        <source>Opened {name}: %n cues ({format}, {encoding})</source>
        <translation><numerusform>فُتح {name}: لا ترجمات ({format}، {encoding})</numerusform><numerusform>فُتح {name}: ترجمة واحدة ({format}، {encoding})</numerusform><numerusform>فُتح {name}: ترجمتان ({format}، {encoding})</numerusform><numerusform>فُتح {name}: %n ترجمات ({format}، {encoding})</numerusform><numerusform>فُتح {name}: %n ترجمة ({format}، {encoding})</numerusform><numerusform>فُتح {name}: %n ترجمة ({format}، {encoding})</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="174" />
        <source>Opening {name}</source>
        <translation>جارٍ فتح {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="199" />
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="235" />
        <source>Cannot save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="216" />
        <source>Saved {name} (%n note(s) about what the format dropped)</source>
        <translation><numerusform>حُفظ {name} (لا ملاحظات حول ما أسقطه التنسيق)</numerusform><numerusform>حُفظ {name} (ملاحظة واحدة حول ما أسقطه التنسيق)</numerusform><numerusform>حُفظ {name} (ملاحظتان حول ما أسقطه التنسيق)</numerusform><numerusform>حُفظ {name} (%n ملاحظات حول ما أسقطه التنسيق)</numerusform><numerusform>حُفظ {name} (%n ملاحظة حول ما أسقطه التنسيق)</numerusform><numerusform>حُفظ {name} (%n ملاحظة حول ما أسقطه التنسيق)</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="217" />
        <source>Saved {name}</source>
        <translation>حُفظ {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="220" />
        <source>Saving {name}</source>
        <translation>جارٍ حفظ {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="263" />
        <source>Cannot use this spec</source>
        <translation>تعذّر استخدام هذه المواصفات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="309" />
        <source>Undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="313" />
        <source>Redone</source>
        <translation>تمت الإعادة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="355" />
        <source>Select two or more adjacent cues to merge</source>
        <translation>حدّد ترجمتين متجاورتين أو أكثر لدمجها</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/controller.py" line="377" />
        <source>“{pattern}” not found</source>
        <translation>لم يُعثر على «{pattern}»</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="244" />
        <source>Quality check</source>
        <extracomment>(display name, dirty) for the window title a status-bar message the user chose to throw the unsaved changes away Message boxes shown without blocking (tests read them): the last one per purpose. The fonts before any preference: what "the standard font" goes back to. Set by a workspace: its session as JSON for "reopen the last work" (None: a plain file), and how to reopen such a record. The user moved the divider beside the media (now or in an earlier run).</extracomment>
        <translation>مراقبة الجودة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="299" />
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="299" />
        <source>Open a subtitle file</source>
        <translation>فتح ملف ترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="300" />
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="300" />
        <source>Save in the file's own format</source>
        <translation>الحفظ بتنسيق الملف نفسه</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="301" />
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="302" />
        <source>Save under another name or in another format</source>
        <translation>الحفظ باسم آخر أو بتنسيق آخر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="303" />
        <source>Show in &amp;folder</source>
        <translation>إظهار في ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="304" />
        <source>Open the folder that holds the file in the file manager</source>
        <translation>فتح المجلد الذي يحوي الملف في مدير الملفات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="307" />
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="311" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="513" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="316" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="515" />
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="317" />
        <source>&amp;Insert cue after</source>
        <translation>إ&amp;دراج ترجمة بعدها</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="318" />
        <source>A new cue after the current one</source>
        <translation>ترجمة جديدة بعد الحالية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="319" />
        <source>&amp;Delete cues</source>
        <translation>&amp;حذف الترجمات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="320" />
        <source>Delete the selected cues</source>
        <translation>حذف الترجمات المحددة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="321" />
        <source>S&amp;plit at cursor</source>
        <translation>&amp;تقسيم عند المؤشر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="322" />
        <source>Split the current cue where the text cursor is</source>
        <translation>تقسيم الترجمة الحالية عند موضع مؤشر النص</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="323" />
        <source>&amp;Merge selected</source>
        <translation>&amp;دمج المحدد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="324" />
        <source>Merge the selected adjacent cues into one</source>
        <translation>دمج الترجمات المتجاورة المحددة في ترجمة واحدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="325" />
        <source>S&amp;hift times…</source>
        <translation>&amp;إزاحة الأوقات…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="326" />
        <source>Move the selected cues, or all cues, earlier or later</source>
        <translation>تقديم الترجمات المحددة أو كلها أو تأخيرها</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="327" />
        <source>Change &amp;frame rate…</source>
        <translation>تغيير &amp;معدل الإطارات…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="328" />
        <source>Retime every cue from one frame rate to another</source>
        <translation>إعادة توقيت كل ترجمة من معدل إطارات إلى آخر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="329" />
        <source>&amp;Find and replace…</source>
        <translation>&amp;بحث واستبدال…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="330" />
        <source>Find text, replace text (regular expressions allowed)</source>
        <translation>البحث عن نص واستبداله (التعابير النمطية مسموحة)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="331" />
        <source>Find &amp;next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="332" />
        <source>Next cue</source>
        <translation>الترجمة التالية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="333" />
        <source>Previous cue</source>
        <translation>الترجمة السابقة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="335" />
        <source>&amp;Go to cue…</source>
        <translation>الا&amp;نتقال إلى ترجمة…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="341" />
        <source>&amp;Load Dotsub spec…</source>
        <translation>ت&amp;حميل مواصفات Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="342" />
        <source>Check against a subtitle specification JSON from Dotsub</source>
        <translation>التحقق وفق مواصفات ترجمة JSON من Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="344" />
        <source>Next &amp;problem</source>
        <translation>المشكلة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="345" />
        <source>Pre&amp;vious problem</source>
        <translation>المشكلة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="348" />
        <source>&amp;Quality check panel</source>
        <translation>لوحة &amp;مراقبة الجودة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="350" />
        <source>S&amp;pelling language</source>
        <translation>&amp;لغة التدقيق الإملائي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="355" />
        <source>&amp;Next untranslated cue</source>
        <translation>الترجمة غير المترجَمة ال&amp;تالية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="356" />
        <source>The next cue whose text is empty or still the source's</source>
        <translation>الترجمة التالية التي نصها فارغ أو ما زال نص المصدر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="358" />
        <source>&amp;Previous untranslated cue</source>
        <translation>الترجمة غير المترجَمة ال&amp;سابقة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="359" />
        <source>The previous cue whose text is empty or still the source's</source>
        <translation>الترجمة السابقة التي نصها فارغ أو ما زال نص المصدر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="361" />
        <source>&amp;Keep as in the source</source>
        <translation>الإ&amp;بقاء كما في المصدر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="362" />
        <source>The selected cues are meant to read as in the source (a name, a number): not untranslated</source>
        <translation>يُقصد أن تُقرأ الترجمات المحددة كما في المصدر (اسم، رقم): ليست غير مترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="373" />
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="382" />
        <source>&amp;Quality</source>
        <translation>ال&amp;جودة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="383" />
        <source>&amp;Specification</source>
        <translation>ال&amp;مواصفات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="396" />
        <source>&amp;Translation</source>
        <translation>ال&amp;ترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="512" />
        <source>&amp;Undo {action}</source>
        <translation>&amp;تراجع عن {action}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="514" />
        <source>&amp;Redo {action}</source>
        <translation>إ&amp;عادة {action}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="540" />
        <source>Edit text of cue {number}</source>
        <translation>تحرير نص الترجمة {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="542" />
        <source>Change timing of cue {number}</source>
        <translation>تغيير توقيت الترجمة {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="545" />
        <source>Shift cues by {offset}</source>
        <translation>إزاحة الترجمات بمقدار {offset}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="547" />
        <source>Shift %n cues by {offset}</source>
        <translation><numerusform>إزاحة %n ترجمة بمقدار {offset}</numerusform><numerusform>إزاحة ترجمة واحدة بمقدار {offset}</numerusform><numerusform>إزاحة ترجمتين بمقدار {offset}</numerusform><numerusform>إزاحة %n ترجمات بمقدار {offset}</numerusform><numerusform>إزاحة %n ترجمة بمقدار {offset}</numerusform><numerusform>إزاحة %n ترجمة بمقدار {offset}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="549" />
        <source>Insert cue {number}</source>
        <translation>إدراج الترجمة {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="552" />
        <source>Insert %n cues at {number}</source>
        <translation><numerusform>إدراج %n ترجمة عند الموضع {number}</numerusform><numerusform>إدراج ترجمة واحدة عند الموضع {number}</numerusform><numerusform>إدراج ترجمتين عند الموضع {number}</numerusform><numerusform>إدراج %n ترجمات عند الموضع {number}</numerusform><numerusform>إدراج %n ترجمة عند الموضع {number}</numerusform><numerusform>إدراج %n ترجمة عند الموضع {number}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="554" />
        <source>Delete cue {number}</source>
        <translation>حذف الترجمة {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="557" />
        <source>Delete %n cues</source>
        <translation><numerusform>حذف %n ترجمة</numerusform><numerusform>حذف ترجمة واحدة</numerusform><numerusform>حذف ترجمتين</numerusform><numerusform>حذف %n ترجمات</numerusform><numerusform>حذف %n ترجمة</numerusform><numerusform>حذف %n ترجمة</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="559" />
        <source>Split cue {number}</source>
        <translation>تقسيم الترجمة {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="561" />
        <source>Merge cues {first}–{last}</source>
        <translation>دمج الترجمات {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="563" />
        <source>Change frame rate from {source} to {target} fps</source>
        <translation>تغيير معدل الإطارات من {source} إلى {target} إطار/ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="566" />
        <source>Replace “{pattern}” with “{replacement}” ({replacements})</source>
        <translation>استبدال «{pattern}» بـ«{replacement}» ({replacements})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="569" />
        <source>Sort cues by time</source>
        <translation>فرز الترجمات حسب الوقت</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="618" />
        <source>Go to cue</source>
        <translation>الانتقال إلى ترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="618" />
        <source>Cue number</source>
        <translation>رقم الترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="632" />
        <source>No QC problems</source>
        <translation>لا مشكلات في الجودة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="648" />
        <source>Every cue is translated</source>
        <translation>كل الترجمات مترجَمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="661" />
        <source>No source cue at this time: nothing to keep</source>
        <translation>لا ترجمة مصدر في هذا الوقت: لا شيء للإبقاء عليه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="663" />
        <source>%n cue(s) kept as in the source</source>
        <translation><numerusform>لم يُحتفظ بأي ترجمة كما في المصدر</numerusform><numerusform>احتُفظ بترجمة واحدة كما في المصدر</numerusform><numerusform>احتُفظ بترجمتين كما في المصدر</numerusform><numerusform>احتُفظ بـ %n ترجمات كما في المصدر</numerusform><numerusform>احتُفظ بـ %n ترجمة كما في المصدر</numerusform><numerusform>احتُفظ بـ %n ترجمة كما في المصدر</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="664" />
        <source>%n cue(s) no longer kept as in the source</source>
        <translation><numerusform>لا ترجمات</numerusform><numerusform>لم تعد ترجمة واحدة محفوظة كما في المصدر</numerusform><numerusform>لم تعد ترجمتان محفوظتين كما في المصدر</numerusform><numerusform>لم تعد %n ترجمات محفوظة كما في المصدر</numerusform><numerusform>لم تعد %n ترجمة محفوظة كما في المصدر</numerusform><numerusform>لم تعد %n ترجمة محفوظة كما في المصدر</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="687" />
        <source>Only adjacent cues can be merged</source>
        <translation>لا يمكن دمج إلا الترجمات المتجاورة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="732" />
        <source>Invalid pattern: {error}</source>
        <translation>نمط غير صالح: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="740" />
        <source>Cue {number}</source>
        <translation>الترجمة {number}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="742" />
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/page.py" line="567" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="750" />
        <source>%n replacement(s)</source>
        <translation><numerusform>لا استبدالات</numerusform><numerusform>استبدال واحد</numerusform><numerusform>استبدالان</numerusform><numerusform>%n استبدالات</numerusform><numerusform>%n استبدالًا</numerusform><numerusform>%n استبدال</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="764" />
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="764" />
        <source>Save the changes to {name} first?</source>
        <translation>هل تريد حفظ التغييرات على {name} أولًا؟</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="774" />
        <location filename="../../subtitle_desk/ui/editor/page.py" line="819" />
        <source>Save subtitles as</source>
        <translation>حفظ الترجمات باسم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="789" />
        <source>Open subtitles</source>
        <translation>فتح ترجمات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="795" />
        <source>Subtitles (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)</source>
        <translation>ملفات الترجمة (*.srt *.vtt *.ttml *.dfxp *.xml *.ass *.ssa)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="796" />
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="863" />
        <source>No recent files</source>
        <translation>لا ملفات حديثة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="866" />
        <source>&amp;Clear the list</source>
        <translation>م&amp;سح القائمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="868" />
        <source>&amp;Open the last work at start</source>
        <translation>&amp;فتح آخر عمل عند البدء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="876" />
        <source>{path} is not there any more</source>
        <translation>{path} لم يعد موجودًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="916" />
        <source>&amp;Off</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="918" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (لا يوجد قاموس)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="937" />
        <source>Load a subtitle specification</source>
        <translation>تحميل مواصفات ترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="938" />
        <source>Subtitle specification (*.json);;All files (*)</source>
        <translation>مواصفات الترجمة (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="966" />
        <source>Saved with changes</source>
        <translation>حُفظ مع تغييرات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/page.py" line="967" />
        <source>{name} was saved. The format could not keep everything:</source>
        <translation>حُفظ {name}. لم يتمكن التنسيق من الاحتفاظ بكل شيء:</translation>
    </message>
</context>
<context>
    <name>EditorWorkspace</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="70" />
        <source>CAPTION</source>
        <extracomment>The controller's spec key for the open session's Dotsub specification. What the work is in the header's title ("Video 3 · Spanish · TRANSLATION"), per Dotsub task type.</extracomment>
        <translation>التسميات التوضيحية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="71" />
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="72" />
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="73" />
        <source>TRANSLATION</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="74" />
        <source>POST-EDITING</source>
        <translation>التحرير اللاحق</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="75" />
        <source>REVIEW</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="76" />
        <source>PROOFREADING</source>
        <translation>التدقيق اللغوي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="159" />
        <source>Specification</source>
        <extracomment>a session was opened in the editor: (WorkSession) the editor left the session (another file was opened): () subtitles reached Dotsub: (WorkSession, the service's track record) sending failed: (the service's message) The spec the user had chosen before a session's spec replaced it. The last send's dialog and result (tests and the smoke test read them). The project glossary of the session (None: the project has none imported).</extracomment>
        <translation>المواصفات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="175" />
        <source>&amp;Specification panel</source>
        <translation>لوحة ال&amp;مواصفات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="181" />
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="191" />
        <source>&amp;Glossary panel</source>
        <translation>لوحة الم&amp;سرد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="193" />
        <source>&amp;Import glossary…</source>
        <translation>ا&amp;ستيراد مسرد…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="195" />
        <source>Import the Dotsub project's glossary (a Dotsub glossary CSV) once: every task of the project uses it</source>
        <translation>استيراد مسرد مشروع Dotsub (ملف CSV لمسرد Dotsub) مرة واحدة: تستخدمه كل مهام المشروع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="198" />
        <source>&amp;Upload glossary to Dotsub</source>
        <translation>&amp;رفع المسرد إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="200" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>إنشاء مسرد هذا المشروع على Dotsub أو استبداله</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="207" />
        <source>Send to &amp;Dotsub…</source>
        <translation>إرسال إلى &amp;Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="211" />
        <source>Save, then upload these subtitles to Dotsub (optionally completing the task)</source>
        <translation>الحفظ ثم رفع هذه الترجمات إلى Dotsub (مع إكمال المهمة اختياريًا)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="213" />
        <source>Send to Dotsub (Ctrl+Shift+D)</source>
        <translation>إرسال إلى Dotsub (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="219" />
        <source>Work</source>
        <translation>العمل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="261" />
        <source>Kept {name}: {title} was not opened</source>
        <translation>أُبقي على {name}: لم يُفتح {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="302" />
        <source>The task's subtitle specification is unusable ({error}): QC uses {spec}</source>
        <translation>مواصفات الترجمة الخاصة بالمهمة غير صالحة للاستخدام ({error}): تستخدم مراقبة الجودة {spec}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="387" />
        <source>{translated} of %n cue(s) translated</source>
        <translation><numerusform>{translated} من أصل %n ترجمة مترجَمة</numerusform><numerusform>{translated} من أصل ترجمة واحدة مترجَمة</numerusform><numerusform>{translated} من أصل ترجمتين مترجَمة</numerusform><numerusform>{translated} من أصل %n ترجمات مترجَمة</numerusform><numerusform>{translated} من أصل %n ترجمة مترجَمة</numerusform><numerusform>{translated} من أصل %n ترجمة مترجَمة</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="390" />
        <source> ({kept} kept as in the source)</source>
        <translation> (محتفَظ بها كما في المصدر: {kept})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="414" />
        <source>file on this computer</source>
        <translation>ملف على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="414" />
        <source>not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="427" />
        <source>{spec} (chosen instead of the task's specification: pick it again in the QC panel)</source>
        <translation>{spec} (اختيرت بدلًا من مواصفات المهمة: اخترها مجددًا في لوحة مراقبة الجودة)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="445" />
        <source>Service: {service}</source>
        <translation>الخدمة: {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="445" />
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="447" />
        <source>Media {media}</source>
        <translation>الوسائط {media}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="449" />
        <source>Language {name} ({language}, {direction})</source>
        <translation>اللغة {name} ({language}، {direction})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="452" />
        <source>Task {task} ({type})</source>
        <translation>المهمة {task} ({type})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="454" />
        <source>Saved at {path}</source>
        <translation>محفوظ في {path}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="505" />
        <source>The project glossary is not used: {error}</source>
        <translation>لا يُستخدم مسرد المشروع: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="520" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>لا مسرد: افتح مهمة Dotsub لاستخدام مسرد مشروعها.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="522" />
        <source>This work belongs to no Dotsub project: there is no project glossary.</source>
        <translation>لا ينتمي هذا العمل إلى أي مشروع Dotsub: لا يوجد مسرد للمشروع.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="524" />
        <source>No glossary for this project yet. &lt;b&gt;Import…&lt;/b&gt; a Dotsub glossary CSV once; every task of the project then uses it.</source>
        <translation>لا مسرد لهذا المشروع بعد. &lt;b&gt;استيراد…&lt;/b&gt; ملف CSV لمسرد Dotsub مرة واحدة؛ ثم تستخدمه كل مهام المشروع.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="528" />
        <source>not used for this work</source>
        <translation>غير مستخدم لهذا العمل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="534" />
        <source>On Dotsub as glossary {id}</source>
        <translation>على Dotsub بوصفه المسرد {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="547" />
        <source>No project</source>
        <translation>لا مشروع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="548" />
        <source>A glossary belongs to a Dotsub project: open one of its tasks first.</source>
        <translation>ينتمي المسرد إلى مشروع Dotsub: افتح إحدى مهامه أولًا.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="551" />
        <source>Import a glossary</source>
        <translation>استيراد مسرد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="552" />
        <source>Dotsub glossary (*.csv);;All files (*)</source>
        <translation>مسرد Dotsub (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="604" />
        <source>Still sending the previous version to Dotsub</source>
        <translation>ما زال إرسال الإصدار السابق إلى Dotsub جاريًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="610" />
        <source>Nothing to send</source>
        <translation>لا شيء للإرسال</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="611" />
        <source>These subtitles have no cues yet: Dotsub refuses an empty file.</source>
        <translation>لا يحتوي ملف الترجمة هذا على أي ترجمة بعد: يرفض Dotsub الملف الفارغ.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="620" />
        <source>Dotsub media {media}, {name} ({language}), task {task}</source>
        <translation>وسائط Dotsub {media}، {name} ({language})، المهمة {task}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="621" />
        <source>Dotsub media {media}, {name} ({language})</source>
        <translation>وسائط Dotsub {media}، {name} ({language})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="668" />
        <source>Could not save {path}: {error}</source>
        <translation>تعذّر حفظ {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="683" />
        <source>Sending {work} to Dotsub</source>
        <translation>جارٍ إرسال {work} إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="694" />
        <source>Sent to Dotsub: {detail}</source>
        <translation>أُرسل إلى Dotsub: {detail}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="696" />
        <source>Sent to Dotsub</source>
        <translation>أُرسل إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="697" />
        <source>{work} is on Dotsub.</source>
        <translation>{work} موجود على Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="701" />
        <source>Could not send to Dotsub</source>
        <translation>تعذّر الإرسال إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="702" />
        <source>The subtitles were not sent.</source>
        <translation>لم تُرسل الترجمات.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="748" />
        <source>The last work was not opened again: {error}</source>
        <translation>لم يُعَد فتح آخر عمل: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="761" />
        <source>Opened your last work again: {title}</source>
        <translation>أُعيد فتح آخر عمل لك: {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/workspace.py" line="765" />
        <source>Opening {name} again</source>
        <translation>جارٍ إعادة فتح {name}</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/common.py" line="52" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/common.py" line="54" />
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="64" />
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="102" />
        <source>Something went wrong ({error_type}). {message}</source>
        <extracomment>(short message, details) for every reported exception.</extracomment>
        <translation>حدث خطأ ما ({error_type}). {message}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/errors.py" line="110" />
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="111" />
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="117" />
        <source>Regular expression (replacement may use \1, \g&lt;name&gt;)</source>
        <translation>تعبير نمطي (يمكن أن يستخدم الاستبدال \1، \g&lt;name&gt;)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="118" />
        <source>Match case</source>
        <translation>مطابقة حالة الأحرف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="119" />
        <source>Only in selected cues</source>
        <translation>في الترجمات المحددة فقط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="123" />
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="124" />
        <source>Replace with</source>
        <translation>استبدال بـ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="128" />
        <source>Find next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="129" />
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="131" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="37" />
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="39" />
        <source>Welcome to Subtitle Desk</source>
        <translation>مرحبًا بك في Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="41" />
        <source>No Dotsub, DatoCMS or cielo24 account is set up yet.&lt;p&gt;You can look around first: built-in local services on this computer stand in for Dotsub, DatoCMS and cielo24, with sample media, tasks and subtitles. Nothing is sent over the internet, and your own accounts can be added at any time from the Settings menu.</source>
        <translation>لم يُعدّ أي حساب في Dotsub أو DatoCMS أو cielo24 بعد.&lt;p&gt;يمكنك الاستكشاف أولًا: تحلّ خدمات محلية مدمجة على هذا الحاسوب محل Dotsub وDatoCMS وcielo24، مع وسائط ومهام وترجمات نموذجية. لا يُرسَل أي شيء عبر الإنترنت، ويمكنك إضافة حساباتك في أي وقت من قائمة الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="47" />
        <source>Try Subtitle Desk on built-in local services</source>
        <translation>تجربة Subtitle Desk على الخدمات المحلية المدمجة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="50" />
        <source>Set up my accounts</source>
        <translation>إعداد حساباتي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/first_start.py" line="52" />
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>FrameRateDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="66" />
        <source>Change frame rate</source>
        <translation>تغيير معدل الإطارات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="76" />
        <source>From (fps)</source>
        <translation>من (إطار/ث)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="77" />
        <source>To (fps)</source>
        <translation>إلى (إطار/ث)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="78" />
        <source>Every cue is retimed: times are multiplied by from ÷ to.</source>
        <translation>يُعاد توقيت كل ترجمة: تُضرب الأوقات في من ÷ إلى.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="98" />
        <source>Frame rates are positive numbers, e.g. 23.976 or 25</source>
        <translation>معدلات الإطارات أعداد موجبة، مثل 23.976 أو 25</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="121" />
        <source>Generate subtitles</source>
        <translation>توليد ترجمات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="123" />
        <source>DatoCMS transcribes the audio of &lt;b&gt;{video}&lt;/b&gt; into a new subtitles track. Pick the language spoken in the video.</source>
        <translation>يفرّغ DatoCMS صوت &lt;b&gt;{video}&lt;/b&gt; نصيًا في مسار ترجمة جديد. اختر اللغة المنطوقة في الفيديو.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="125" />
        <source>Generate</source>
        <translation>توليد</translation>
    </message>
</context>
<context>
    <name>GlossaryController</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="77" />
        <source>cannot read: {error}</source>
        <extracomment>a glossary was imported for a project: (project id, Glossary) a project's stored glossary was read: (project id, Glossary or None when it has none) the glossary is on Dotsub: (project id, Dotsub's glossary record) something the user must read: (title, text) a status-bar message</extracomment>
        <translation>تعذّرت القراءة: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="88" />
        <source>Cannot import this glossary</source>
        <translation>تعذّر استيراد هذا المسرد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="91" />
        <source>Glossary {file} imported for this project: %n concepts in {languages}</source>
        <translation><numerusform>استُورد المسرد {file} لهذا المشروع: لا مفاهيم باللغات {languages}</numerusform><numerusform>استُورد المسرد {file} لهذا المشروع: مفهوم واحد باللغات {languages}</numerusform><numerusform>استُورد المسرد {file} لهذا المشروع: مفهومان باللغات {languages}</numerusform><numerusform>استُورد المسرد {file} لهذا المشروع: %n مفاهيم باللغات {languages}</numerusform><numerusform>استُورد المسرد {file} لهذا المشروع: %n مفهومًا باللغات {languages}</numerusform><numerusform>استُورد المسرد {file} لهذا المشروع: %n مفهوم باللغات {languages}</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="97" />
        <source>Importing the glossary {file}</source>
        <translation>جارٍ استيراد المسرد {file}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="110" />
        <source>The project glossary cannot be used: {error}</source>
        <translation>تعذّر استخدام مسرد المشروع: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="126" />
        <source>No glossary imported for this project ({error})</source>
        <translation>لم يُستورد أي مسرد لهذا المشروع ({error})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="127" />
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="141" />
        <source>Could not upload the glossary</source>
        <translation>تعذّر رفع المسرد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="145" />
        <source>Glossary “{name}” is on Dotsub</source>
        <translation>المسرد «{name}» موجود على Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="147" />
        <source>Glossary “{name}” is on Dotsub (replaced)</source>
        <translation>المسرد «{name}» موجود على Dotsub (استُبدل)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="149" />
        <source>Glossary “{name}” is on Dotsub (created)</source>
        <translation>المسرد «{name}» موجود على Dotsub (أُنشئ)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossaries.py" line="153" />
        <source>Uploading the glossary “{name}” to Dotsub</source>
        <translation>جارٍ رفع المسرد «{name}» إلى Dotsub</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="36" />
        <source>Source term</source>
        <translation>مصطلح المصدر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="36" />
        <source>Use</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="37" />
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="39" />
        <source>Import the project's glossary (a Dotsub glossary CSV)</source>
        <translation>استيراد مسرد المشروع (ملف CSV لمسرد Dotsub)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="41" />
        <source>Upload to Dotsub</source>
        <translation>رفع إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="43" />
        <source>Create or replace this project's glossary on Dotsub</source>
        <translation>إنشاء مسرد هذا المشروع على Dotsub أو استبداله</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="54" />
        <source>No glossary: open a Dotsub task to use its project's glossary.</source>
        <translation>لا مسرد: افتح مهمة Dotsub لاستخدام مسرد مشروعها.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="67" />
        <source>(no approved translation)</source>
        <translation>(لا ترجمة معتمدة)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="75" />
        <source>The cue uses an approved translation</source>
        <translation>تستخدم الترجمة ترجمة معتمدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="76" />
        <source>The cue uses none of the approved translations</source>
        <translation>لا تستخدم الترجمة أيًا من الترجمات المعتمدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="79" />
        <source>No glossary term in this cue's source</source>
        <translation>لا مصطلح من المسرد في مصدر هذه الترجمة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/glossary_panel.py" line="88" />
        <source>%n concept(s)</source>
        <translation><numerusform>لا مفاهيم</numerusform><numerusform>مفهوم واحد</numerusform><numerusform>مفهومان</numerusform><numerusform>%n مفاهيم</numerusform><numerusform>%n مفهومًا</numerusform><numerusform>%n مفهوم</numerusform></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="181" />
        <source>Subtitle Desk user guide</source>
        <translation>دليل مستخدم Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="189" />
        <source>The user guide is missing from this installation ({error}).</source>
        <translation>دليل المستخدم غير موجود في هذا التثبيت ({error}).</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="24" />
        <source>Media files (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac *.flac *.ogg);;All files (*)</source>
        <extracomment>The file dialog's filter (shown translated: ``QCoreApplication.translate("JobDialog", MEDIA_FILTER)``).</extracomment>
        <translation>ملفات الوسائط (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.mxf *.mpg *.mpeg *.wmv *.flv *.mp3 *.m4a *.wav *.aac *.flac *.ogg);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="27" />
        <source>Mechanical: machine transcript only; fastest and cheapest, needs a careful review</source>
        <translation>آلية: تفريغ نصي آلي فقط؛ الأسرع والأرخص، ويحتاج إلى مراجعة دقيقة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="29" />
        <source>Premium: machine transcript plus a human pass (cielo24 quotes 94 %+ accuracy)</source>
        <translation>مميزة: تفريغ نصي آلي مع مراجعة بشرية واحدة (يذكر cielo24 دقة تتجاوز 94 %)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="31" />
        <source>Professional: several human passes (99 %+), for broadcast and accessibility compliance</source>
        <translation>احترافية: عدة مراجعات بشرية (أكثر من 99 %)، للبث والامتثال لمتطلبات إمكانية الوصول</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="34" />
        <source>Standard (about 48 hours)</source>
        <translation>عادية (نحو 48 ساعة)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="35" />
        <source>Priority (about 24 hours)</source>
        <translation>ذات أولوية (نحو 24 ساعة)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="36" />
        <source>Critical (fastest)</source>
        <translation>حرجة (الأسرع)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="69" />
        <source>New cielo24 job</source>
        <extracomment>None: no transcription ordered now. A priority name or a number of hours. The URL is knowingly the media of another job too (cielo24 refuses that otherwise).</extracomment>
        <translation>مهمة cielo24 جديدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="70" />
        <source>A new cielo24 job: its name and spoken language, and the video or audio to transcribe.</source>
        <translation>مهمة cielo24 جديدة: اسمها واللغة المنطوقة فيها، والفيديو أو الصوت المراد تفريغه نصيًا.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="72" />
        <source>Add media to “{job}”</source>
        <translation>إضافة وسائط إلى «{job}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="73" />
        <source>The video or audio of the cielo24 job “{job}”: a file on this computer, or an address cielo24 can download it from.</source>
        <translation>فيديو أو صوت مهمة cielo24 «{job}»: ملف على هذا الحاسوب، أو عنوان يستطيع cielo24 تنزيله منه.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="76" />
        <source>Add media to the job</source>
        <translation>إضافة وسائط إلى المهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="77" />
        <source>The video or audio of the cielo24 job the job: a file on this computer, or an address cielo24 can download it from.</source>
        <translation>فيديو أو صوت مهمة cielo24 هذه: ملف على هذا الحاسوب، أو عنوان يستطيع cielo24 تنزيله منه.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="80" />
        <source>Request a transcription of “{job}”</source>
        <translation>طلب تفريغ نصي لـ «{job}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="81" />
        <source>How the cielo24 job “{job}” is to be transcribed, and by when.</source>
        <translation>كيف يُفرَّغ نص مهمة cielo24 «{job}» وفي أي موعد.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="83" />
        <source>Request a transcription of the job</source>
        <translation>طلب تفريغ نصي للمهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="84" />
        <source>How the cielo24 job the job is to be transcribed, and by when.</source>
        <translation>كيف يُفرَّغ نص مهمة cielo24 هذه وفي أي موعد.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="97" />
        <source>e.g. Festival interview, episode 104</source>
        <translation>مثلًا: مقابلة المهرجان، الحلقة 104</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="100" />
        <source>The language spoken in the media (RFC 5646, e.g. en, es, fr-CA)</source>
        <translation>اللغة المنطوقة في الوسائط (RFC 5646، مثل en وes وfr-CA)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="102" />
        <source>optional: your own reference</source>
        <translation>اختياري: مرجعك الخاص</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="104" />
        <source>Job</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="106" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="107" />
        <source>Spoken language:</source>
        <translation>اللغة المنطوقة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="108" />
        <source>External ID:</source>
        <translation>المعرّف الخارجي:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="115" />
        <source>Local file</source>
        <translation>ملف محلي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="117" />
        <source>Public URL cielo24 can download</source>
        <translation>عنوان URL عام يستطيع cielo24 التنزيل منه</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="124" />
        <source>Video or audio file, up to 10 GB</source>
        <translation>ملف فيديو أو صوت، حتى 10 غيغابايت</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="125" />
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="130" />
        <source>This URL is the media of another job too (send it again)</source>
        <translation>عنوان URL هذا هو أيضًا وسائط مهمة أخرى (إرساله مرة أخرى)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="133" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="152" />
        <source>Request transcription now</source>
        <translation>طلب التفريغ النصي الآن</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="153" />
        <source>Transcription</source>
        <translation>التفريغ النصي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="164" />
        <source>Within a number of hours…</source>
        <translation>خلال عدد من الساعات…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="167" />
        <source> hours</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="170" />
        <source>optional: translate into (e.g. es)</source>
        <translation>اختياري: الترجمة إلى (مثل es)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="172" />
        <source>optional: notes for the transcribers (names, terms)</source>
        <translation>اختياري: ملاحظات للمفرّغين (أسماء، مصطلحات)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="177" />
        <source>Fidelity:</source>
        <translation>الدقة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="182" />
        <source>Turnaround:</source>
        <translation>مدة التسليم:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="183" />
        <source>Translation:</source>
        <translation>لغة الترجمة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="184" />
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="200" />
        <source>Create job</source>
        <translation>إنشاء المهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="200" />
        <source>Add media</source>
        <translation>إضافة الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="201" />
        <source>Request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="230" />
        <source>Choose the media</source>
        <translation>اختيار الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="242" />
        <source>Say which language is spoken in the media.</source>
        <translation>حدّد اللغة المنطوقة في الوسائط.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="247" />
        <source>Choose a media file.</source>
        <translation>اختر ملف وسائط.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="250" />
        <source>{name} is not a file that can be read.</source>
        <translation>{name} ليس ملفًا يمكن قراءته.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="253" />
        <source>{name} is empty.</source>
        <translation>{name} فارغ.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="255" />
        <source>{name} is {size} GB; cielo24 takes media files of up to 10 GB.</source>
        <translation>حجم {name} هو {size} غيغابايت؛ يقبل cielo24 ملفات الوسائط حتى 10 غيغابايت.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="260" />
        <source>Give the media's URL.</source>
        <translation>أدخل عنوان URL للوسائط.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="262" />
        <source>The media URL must start with http:// or https://.</source>
        <translation>يجب أن يبدأ عنوان URL للوسائط بـ http:// أو https://.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/dialogs.py" line="264" />
        <source>A transcription needs media: choose a file or give a URL (or untick the request).</source>
        <translation>يحتاج التفريغ النصي إلى وسائط: اختر ملفًا أو أدخل عنوان URL (أو ألغِ تحديد الطلب).</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="31" />
        <source>Authorizing</source>
        <extracomment>The job info dict behind a row. A job status's colour: a ThemeColors name, looked up in the scheme on screen when drawn. cielo24's job statuses and turnaround priorities as shown (the services' own words, translated where they are shown; a value not listed here shows as it comes).</extracomment>
        <translation>قيد التفويض</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="32" />
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="33" />
        <source>In Process</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="34" />
        <source>Reviewing</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="35" />
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="36" />
        <source>Media Failure</source>
        <translation>فشل الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="39" />
        <source>Standard</source>
        <translation>القياسي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="40" />
        <source>Priority</source>
        <translation>ذات أولوية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="41" />
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="64" />
        <source>{priority}, {hours} h</source>
        <translation>{priority}، {hours} س</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="67" />
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="105" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="251" />
        <source>Job</source>
        <extracomment>The service's message when the track errored or the job failed.</extracomment>
        <translation>المهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="106" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="252" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="107" />
        <source>Fidelity</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="108" />
        <source>Turnaround</source>
        <translation>مدة التسليم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="109" />
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="110" />
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="111" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="253" />
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="112" />
        <source>Created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="166" />
        <source>Waiting for media</source>
        <extracomment>job id -&gt; what this session is doing with it ("Uploading 40 %", "Checking every 30 s")</extracomment>
        <translation>بانتظار الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="168" />
        <source>Media received</source>
        <translation>استُلمت الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="199" />
        <source>{name}
Job {job}</source>
        <translation>{name}
المهمة {job}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/models.py" line="202" />
        <source>{text}
External ID {id}</source>
        <translation>{text}
المعرّف الخارجي {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="217" />
        <source>Uploading</source>
        <translation>جارٍ الرفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="218" />
        <source>Waiting for DatoCMS</source>
        <translation>بانتظار DatoCMS</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="219" />
        <source>Preparing</source>
        <translation>جارٍ التحضير</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="220" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="221" />
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="222" />
        <source>Errored</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="223" />
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="224" />
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="251" />
        <source>Video</source>
        <translation>الفيديو</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="65" />
        <source>BCP 47 code, e.g. it-IT</source>
        <extracomment>The chosen code changed: (code or "" when invalid)</extracomment>
        <translation>رمز BCP 47، مثل it-IT</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="92" />
        <source>The {source} organization's languages, or type a BCP 47 code</source>
        <extracomment>Dotsub language records by id, when they were loaded.</extracomment>
        <translation>لغات مؤسسة {source}، أو اكتب رمز BCP 47</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="127" />
        <source>“{text}” is not a BCP 47 language code (like it-IT or pt-BR)</source>
        <translation>«{text}» ليس رمز لغة BCP 47 (مثل it-IT أو pt-BR)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/languages.py" line="130" />
        <source>Pick a language or type its BCP 47 code</source>
        <translation>اختر لغة أو اكتب رمز BCP 47 الخاص بها</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="96" />
        <source>Editor</source>
        <extracomment>the window closed for good (after any "save changes?" question) The theme in force: ui.app applies the saved one before any window exists. The dialogs while open (non-blocking; tests reach them here). Called before closing; False keeps the window open (the editor asks about unsaved work).</extracomment>
        <translation>المحرر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="150" />
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="152" />
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="157" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="160" />
        <source>&amp;Activity</source>
        <translation>ال&amp;نشاط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="163" />
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="168" />
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="173" />
        <source>&amp;About Subtitle Desk</source>
        <translation>&amp;حول Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/main_window.py" line="234" />
        <source>About Subtitle Desk</source>
        <translation>حول Subtitle Desk</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="201" />
        <source>Subtitle editing and QC, and the Dotsub VideoTMS, DatoCMS and cielo24 workflows in one window.</source>
        <translation>تحرير الترجمات ومراقبة جودتها، وسير عمل Dotsub VideoTMS وDatoCMS وcielo24 في نافذة واحدة.</translation>
    </message>
</context>
<context>
    <name>MediaBinding</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="34" />
        <source>Video and audio ({patterns});;All files (*)</source>
        <translation>فيديو وصوت ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="39" />
        <source>No video. Playback ▸ Open video… (Ctrl+Shift+O), or drop a video file here.</source>
        <extracomment>The file dialog's filter (in English: ``video_filter()`` is the one shown). The empty video and waveform areas' texts (in English: shown translated).</extracomment>
        <translation>لا فيديو. التشغيل ▸ فتح فيديو… (Ctrl+Shift+O)، أو أفلت ملف فيديو هنا.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="41" />
        <source>The audio waveform appears here once a video is open.</source>
        <translation>تظهر الموجة الصوتية هنا بعد فتح فيديو.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="92" />
        <source>Open &amp;video…</source>
        <extracomment>a video (path or URL) was loaded into the panel While True, a replaced document does not bring back its remembered video (the workspace loads the session's own). The subtitle file the loaded video belongs to.</extracomment>
        <translation>فتح &amp;فيديو…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="96" />
        <source>Play a video (or audio) file beside these subtitles</source>
        <translation>تشغيل ملف فيديو (أو صوت) بجانب هذه الترجمات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="99" />
        <source>&amp;Follow the playhead in the table</source>
        <translation>&amp;متابعة موضع التشغيل في الجدول</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="103" />
        <source>While the video plays, select the cue on screen (not while typing)</source>
        <translation>أثناء تشغيل الفيديو، تحديد الترجمة الظاهرة على الشاشة (ليس أثناء الكتابة)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="120" />
        <source>&amp;Playback</source>
        <translation>ال&amp;تشغيل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="127" />
        <source>&amp;Speed</source>
        <translation>ال&amp;سرعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="137" />
        <source>&amp;Nudge</source>
        <translation>&amp;إزاحة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="169" />
        <source>Open video</source>
        <translation>فتح فيديو</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/media_binding.py" line="276" />
        <source>Video: {name}</source>
        <translation>الفيديو: {name}</translation>
    </message>
</context>
<context>
    <name>MediaDetail</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="191" />
        <source>Media ID:</source>
        <translation>معرّف الوسائط:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="191" />
        <source>External ID:</source>
        <translation>المعرّف الخارجي:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="192" />
        <source>Project:</source>
        <translation>المشروع:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="192" />
        <source>Workflow:</source>
        <translation>سير العمل:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="193" />
        <source>Organization:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="193" />
        <source>Created:</source>
        <translation>تاريخ الإنشاء:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>Length:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="194" />
        <source>Upload:</source>
        <translation>الرفع:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="195" />
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="195" />
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="217" />
        <source>Subtitles</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="234" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>تنسيق الترجمة المراد تنزيله من Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="235" />
        <source>Open in editor</source>
        <translation>فتح في المحرر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="237" />
        <source>Download the selected language's subtitles and open them (Enter)</source>
        <translation>تنزيل ترجمات اللغة المحددة وفتحها (Enter)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="239" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="241" />
        <source>Read this media from Dotsub again</source>
        <translation>إعادة قراءة هذه الوسائط من Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="243" />
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="245" />
        <source>Show every task of this media in the tasks view</source>
        <translation>عرض كل مهام هذه الوسائط في عرض المهام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="251" />
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="262" />
        <source>Select a media to see its languages, upload state and notes.</source>
        <translation>حدّد وسائط لعرض لغاتها وحالة رفعها وملاحظاتها.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="274" />
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="277" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="279" />
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="281" />
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="320" />
        <source>No description.</source>
        <translation>لا يوجد وصف.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="321" />
        <source>No notes.</source>
        <translation>لا توجد ملاحظات.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="333" />
        <source>No thumbnail</source>
        <translation>لا توجد صورة مصغّرة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="334" />
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="346" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="347" />
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="347" />
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="354" />
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="354" />
        <source>Not finished</source>
        <translation>غير مكتملة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="401" />
        <source>Uploaded</source>
        <translation>تم الرفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="404" />
        <source>{status} at {percent} %</source>
        <translation>{status} عند {percent} %</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="408" />
        <source>{status} (from {origin})</source>
        <translation>{status} (من {origin})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="410" />
        <source>{status}: {error}</source>
        <translation>{status}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="414" />
        <source>a file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="414" />
        <source>a URL</source>
        <translation>عنوان URL</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="420" />
        <source>Failed: {error}</source>
        <translation>فشل: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="422" />
        <source>Encoded (MP4, HD)</source>
        <translation>مُرمَّز (MP4, HD)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="423" />
        <source>Encoded (MP4)</source>
        <translation>مُرمَّز (MP4)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="424" />
        <source>Not encoded yet</source>
        <translation>لم يُرمَّز بعد</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="52" />
        <source>Encoding failed: {error}</source>
        <extracomment>Thumbnails in the table's rows.</extracomment>
        <translation>فشل الترميز: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="54" />
        <source>Upload failed</source>
        <translation>فشل الرفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="56" />
        <source>Uploading {percent} %</source>
        <translation>جارٍ الرفع: {percent} %</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="58" />
        <source>Waiting for upload</source>
        <translation>في انتظار الرفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="60" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="62" />
        <source>Encoding</source>
        <translation>جارٍ الترميز</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="66" />
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="80" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="80" />
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="81" />
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="82" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="83" />
        <source>Subtitled</source>
        <translation>مترجَم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="84" />
        <source>Upload / encoding</source>
        <translation>الرفع / الترميز</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="85" />
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="86" />
        <source>Created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="87" />
        <source>Organization</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="105" />
        <source>Loading Dotsub media</source>
        <translation>جارٍ تحميل وسائط Dotsub</translation>
    </message>
</context>
<context>
    <name>MediaPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="443" />
        <source>Search titles (Ctrl+F)</source>
        <extracomment>Set by ``install``: show the tasks view filtered to one media (media id).</extracomment>
        <translation>البحث في العناوين (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="444" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="546" />
        <source>All projects</source>
        <translation>كل المشاريع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="445" />
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="446" />
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="447" />
        <source>Clear filters</source>
        <translation>مسح المرشحات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="448" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="450" />
        <source>Load the media list again (F5)</source>
        <translation>إعادة تحميل قائمة الوسائط (F5)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="551" />
        <source>Loading media…</source>
        <translation>جارٍ تحميل الوسائط…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="489" />
        <source>Dotsub media</source>
        <translation>وسائط Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="503" />
        <source>Find media by title</source>
        <translation>البحث عن الوسائط حسب العنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="503" />
        <source>Load the media list again</source>
        <translation>إعادة تحميل قائمة الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="510" />
        <source>Open the selected language in the editor</source>
        <translation>فتح اللغة المحددة في المحرر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="551" />
        <source>Loading more media…</source>
        <translation>جارٍ تحميل مزيد من الوسائط…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="552" />
        <source>The media list could not be loaded: {error}</source>
        <translation>تعذّر تحميل قائمة الوسائط: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="562" />
        <source>%n media</source>
        <translation><numerusform>لا وسائط</numerusform><numerusform>وسيط واحد</numerusform><numerusform>وسيطان</numerusform><numerusform>%n وسائط</numerusform><numerusform>%n وسيطًا</numerusform><numerusform>%n وسيط</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="563" />
        <source>{shown} of %n media shown</source>
        <translation><numerusform>{shown} من %n وسيط معروضة</numerusform><numerusform>{shown} من وسيط واحد معروضة</numerusform><numerusform>{shown} من وسيطين معروضة</numerusform><numerusform>{shown} من %n وسائط معروضة</numerusform><numerusform>{shown} من %n وسيطًا معروضة</numerusform><numerusform>{shown} من %n وسيط معروضة</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="553" />
        <source>The media list could not be loaded. See the message above; Retry when the problem is fixed.</source>
        <translation>تعذّر تحميل قائمة الوسائط. راجع الرسالة أعلاه، واختر إعادة المحاولة بعد حل المشكلة.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="555" />
        <source>Loading media from Dotsub…</source>
        <translation>جارٍ تحميل الوسائط من Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="556" />
        <source>No media match these filters.
Change the title or project, or choose Clear filters.</source>
        <translation>لا توجد وسائط تطابق هذه المرشحات.
غيّر العنوان أو المشروع، أو اختر مسح المرشحات.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="558" />
        <source>This Dotsub organization has no media yet.
Upload a video to Dotsub to see it here.</source>
        <translation>لا توجد وسائط في مؤسسة Dotsub هذه بعد.
ارفع فيديو إلى Dotsub لتراه هنا.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/media.py" line="587" />
        <source>Refreshing media {media}</source>
        <translation>جارٍ تحديث الوسائط {media}</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="94" />
        <source>No waveform: {error}</source>
        <translation>لا موجة صوتية: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="191" />
        <source>&amp;Play / pause</source>
        <translation>ت&amp;شغيل / إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="192" />
        <source>Play or pause the video</source>
        <translation>تشغيل الفيديو أو إيقافه مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="193" />
        <source>Play &amp;current cue</source>
        <translation>تشغيل الترجمة ال&amp;حالية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="195" />
        <source>Play the current cue from its start to its end</source>
        <translation>تشغيل الترجمة الحالية من بدايتها إلى نهايتها</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="196" />
        <source>Set cue &amp;start at playhead</source>
        <translation>ضبط &amp;بداية الترجمة عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="198" />
        <source>The current cue starts at the playhead</source>
        <translation>تبدأ الترجمة الحالية عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="199" />
        <source>Set cue &amp;end at playhead</source>
        <translation>ضبط &amp;نهاية الترجمة عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="201" />
        <source>The current cue ends at the playhead</source>
        <translation>تنتهي الترجمة الحالية عند موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="202" />
        <source>Start one frame earlier</source>
        <translation>البداية قبل إطار واحد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="204" />
        <source>Start one frame later</source>
        <translation>البداية بعد إطار واحد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="206" />
        <source>End one frame earlier</source>
        <translation>النهاية قبل إطار واحد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="208" />
        <source>End one frame later</source>
        <translation>النهاية بعد إطار واحد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="210" />
        <source>Start 100 ms earlier</source>
        <translation>البداية قبل 100 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="212" />
        <source>Start 100 ms later</source>
        <translation>البداية بعد 100 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="214" />
        <source>End 100 ms earlier</source>
        <translation>النهاية قبل 100 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="216" />
        <source>End 100 ms later</source>
        <translation>النهاية بعد 100 مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="218" />
        <source>S&amp;lower</source>
        <translation>أ&amp;بطأ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="219" />
        <source>Play more slowly (down to 0.5×)</source>
        <translation>تشغيل أبطأ (حتى 0.5×)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="220" />
        <source>&amp;Faster</source>
        <translation>أ&amp;سرع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="221" />
        <source>Play faster (up to 2×)</source>
        <translation>تشغيل أسرع (حتى 2×)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/panel.py" line="329" />
        <source>Audio only: no picture in this media.</source>
        <translation>صوت فقط: لا صورة في هذه الوسائط.</translation>
    </message>
</context>
<context>
    <name>MediaPlayer</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="34" />
        <source>This video is AV1, which this workstation cannot decode. Ask for an H.264 proxy.</source>
        <extracomment>In English (the tests compare with it); shown translated (``MediaPlayer`` context).</extracomment>
        <translation>هذا الفيديو بترميز AV1 الذي لا يستطيع جهاز العمل هذا فك ترميزه. اطلب نسخة وكيلة بترميز H.264.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="198" />
        <source>The media file is missing: {name}</source>
        <extracomment>Playing this long with a video track and no picture means the video cannot be decoded. Once per process: Qt's messages routed, FFmpeg's level set. media opened: (has_audio, has_video)</extracomment>
        <translation>ملف الوسائط مفقود: {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="307" />
        <source>the media is not readable.</source>
        <translation>الوسائط غير قابلة للقراءة.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="308" />
        <location filename="../../subtitle_desk/ui/media/player.py" line="327" />
        <source>Cannot play {name}: {error}</source>
        <translation>تعذّر تشغيل {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="326" />
        <source>unknown media error.</source>
        <translation>خطأ غير معروف في الوسائط.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="336" />
        <source>{codec} video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.</source>
        <translation>فيديو {codec} في {name} لا يعرض أي صورة: لا يستطيع جهاز العمل هذا فك ترميزه. اطلب نسخة وكيلة بترميز H.264.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/player.py" line="340" />
        <source>The video in {name} shows no picture: this workstation cannot decode it. Ask for an H.264 proxy.</source>
        <translation>الفيديو في {name} لا يعرض أي صورة: لا يستطيع جهاز العمل هذا فك ترميزه. اطلب نسخة وكيلة بترميز H.264.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="117" />
        <source>Sort by {lower_column}</source>
        <extracomment>The service's record (dict) behind a row. column key -&gt; the service's sort key; columns not listed cannot be sorted. Does the service sort ascending without a prefix (media) or descending (tasks)? Keep each row's display texts once worked out (only when they depend on the record alone). The roles ``role_data`` answers; None: ask it for every role. A page is being fetched (True) or arrived/failed (False): the page shows a busy line. The last fetch failed with this message ("" when it succeeded). Page 0 arrived: (total number of records matching the filters). Each row's display texts (``CACHE_DISPLAY``), None until the row is first painted. How many pages were requested since the last reload (tests and benchmarks read it).</extracomment>
        <translation>الفرز حسب {column}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="118" />
        <source>{column} (not sortable)</source>
        <translation>{column} (غير قابل للفرز)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/paging.py" line="215" />
        <source>Loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="23" />
        <source>As the desktop</source>
        <translation>حسب سطح المكتب</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="24" />
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="25" />
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="50" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="64" />
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="65" />
        <source>Standard</source>
        <translation>القياسي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="66" />
        <source>The desktop's font: {family}, {size} pt</source>
        <translation>خط سطح المكتب: {family}، {size} نقطة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="76" />
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="77" />
        <source>How often unsaved changes are copied aside, to be restored after a crash</source>
        <translation>عدد مرات نسخ التغييرات غير المحفوظة جانبًا لاستعادتها بعد التعطل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="84" />
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="87" />
        <source>Personal word lists…</source>
        <translation>قوائم الكلمات الشخصية…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="88" />
        <source>Open the folder of the words you added: {folder}</source>
        <translation>فتح مجلد الكلمات التي أضفتها: {folder}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="94" />
        <source>Show the audio waveform under the cue table</source>
        <translation>عرض الموجة الصوتية أسفل جدول الترجمات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="96" />
        <source>Editor</source>
        <translation>المحرر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="98" />
        <source>Cue text font:</source>
        <translation>خط نص الترجمة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="102" />
        <source>Autosave every:</source>
        <translation>الحفظ التلقائي كل:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="103" />
        <source>QC preset:</source>
        <translation>إعداد مراقبة الجودة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="104" />
        <source>For files without a specification of their own</source>
        <translation>للملفات التي ليس لها مواصفات خاصة بها</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="105" />
        <source>Spelling language:</source>
        <translation>لغة التدقيق الإملائي:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="106" />
        <source>For files that do not say their language</source>
        <translation>للملفات التي لا تذكر لغتها</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="107" />
        <source>Waveform:</source>
        <translation>الموجة الصوتية:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="121" />
        <source>Dotsub and appearance</source>
        <translation>Dotsub والمظهر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="123" />
        <source>Download subtitles as:</source>
        <translation>تنزيل الترجمات بصيغة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="124" />
        <source>Colours:</source>
        <translation>الألوان:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="125" />
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="126" />
        <source>The new language shows when Subtitle Desk next starts</source>
        <translation>تظهر اللغة الجديدة عند تشغيل Subtitle Desk في المرة القادمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="134" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="139" />
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="141" />
        <source>Work folder:</source>
        <translation>مجلد العمل:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="143" />
        <source>Downloaded subtitles being worked on, and files about to be sent.
Empty: the app's data folder. Work already in the old folder
stays there: open it from there (File ▸ Open) to go on with it.</source>
        <translation>الترجمات المنزّلة قيد العمل والملفات التي ستُرسل.
فارغ: مجلد بيانات التطبيق. العمل الموجود في المجلد القديم
يبقى هناك: افتحه من هناك (ملف ▸ فتح) لمتابعته.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="176" />
        <source>{language} (no dictionary)</source>
        <translation>{language} (لا يوجد قاموس)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="207" />
        <source>Give the work folder's whole path (or choose it).</source>
        <translation>أدخل المسار الكامل لمجلد العمل (أو اختره).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="209" />
        <source>{path} is inside a cache folder, which cleaning tools may empty: choose another place for work.</source>
        <translation>{path} داخل مجلد ذاكرة مؤقتة قد تفرغه أدوات التنظيف: اختر مكانًا آخر للعمل.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="212" />
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/preferences_dialog.py" line="247" />
        <source>Keep work in</source>
        <translation>حفظ العمل في</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="51" />
        <source>Cue</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="51" />
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="52" />
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="123" />
        <source>Cue {number}: {problem}</source>
        <translation>الترجمة {number}: {problem}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="91" />
        <source>Publish subtitles to DatoCMS</source>
        <translation>نشر الترجمات على DatoCMS</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="94" />
        <source>Publish &lt;b&gt;{name}&lt;/b&gt; (%n cue(s)) as a WebVTT subtitles track of &lt;b&gt;{video}&lt;/b&gt;.</source>
        <translation><numerusform>نشر &lt;b&gt;{name}&lt;/b&gt; (لا ترجمات) كمسار ترجمة WebVTT للفيديو &lt;b&gt;{video}&lt;/b&gt;.</numerusform><numerusform>نشر &lt;b&gt;{name}&lt;/b&gt; (ترجمة واحدة) كمسار ترجمة WebVTT للفيديو &lt;b&gt;{video}&lt;/b&gt;.</numerusform><numerusform>نشر &lt;b&gt;{name}&lt;/b&gt; (ترجمتان) كمسار ترجمة WebVTT للفيديو &lt;b&gt;{video}&lt;/b&gt;.</numerusform><numerusform>نشر &lt;b&gt;{name}&lt;/b&gt; (%n ترجمات) كمسار ترجمة WebVTT للفيديو &lt;b&gt;{video}&lt;/b&gt;.</numerusform><numerusform>نشر &lt;b&gt;{name}&lt;/b&gt; (%n ترجمة) كمسار ترجمة WebVTT للفيديو &lt;b&gt;{video}&lt;/b&gt;.</numerusform><numerusform>نشر &lt;b&gt;{name}&lt;/b&gt; (%n ترجمة) كمسار ترجمة WebVTT للفيديو &lt;b&gt;{video}&lt;/b&gt;.</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="96" />
        <source>Closed captions (SDH: sound effects and speaker names for deaf and hard-of-hearing viewers)</source>
        <translation>ترجمة مغلقة (SDH: المؤثرات الصوتية وأسماء المتحدثين للمشاهدين الصم وضعاف السمع)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="107" />
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="111" />
        <source>WebVTT cannot keep everything in these subtitles:
• {notes}</source>
        <translation>لا يستطيع WebVTT الاحتفاظ بكل ما في هذه الترجمات:
• {notes}</translation>
    </message>
</context>
<context>
    <name>QcPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="32" />
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="203" />
        <source>Reading speed</source>
        <translation>سرعة القراءة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="33" />
        <source>Line too long</source>
        <translation>سطر طويل جدًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="34" />
        <source>Too many lines</source>
        <translation>أسطر كثيرة جدًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="35" />
        <source>Too short</source>
        <translation>قصير جدًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="35" />
        <source>Too long</source>
        <translation>طويل جدًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="36" />
        <source>Gap too small</source>
        <translation>فاصل صغير جدًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="36" />
        <source>Overlap</source>
        <translation>تداخل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="37" />
        <source>Empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="37" />
        <source>Bad timing</source>
        <translation>توقيت خاطئ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="38" />
        <source>Untranslated</source>
        <translation>غير مترجَم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="39" />
        <source>Glossary term</source>
        <translation>مصطلح المسرد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="39" />
        <source>Spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="171" />
        <source>The subtitle specification the cues are checked against</source>
        <translation>مواصفات الترجمة التي تُفحص الترجمات وفقها</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="175" />
        <source>Show the problems of one rule</source>
        <translation>إظهار مشكلات قاعدة واحدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="211" />
        <source>Spec:</source>
        <translation>المواصفات:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="236" />
        <source>Load Dotsub spec…</source>
        <translation>تحميل مواصفات Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="293" />
        <source>All rules ({count})</source>
        <translation>كل القواعد ({count})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="295" />
        <source>{rule} ({count})</source>
        <translation>{rule} ({count})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="301" />
        <source>No document</source>
        <translation>لا مستند</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="304" />
        <source>✔ No problems</source>
        <translation>✔ لا مشكلات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="308" />
        <source>{list}, {item}</source>
        <translation>{list}، {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="310" />
        <source>{rule} {count}</source>
        <translation>{rule} {count}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="312" />
        <source>{problems} in {cues}: {rules}</source>
        <translation>{problems} في {cues}: {rules}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>⚠ %n problem(s)</source>
        <translation><numerusform>⚠ لا مشكلات</numerusform><numerusform>⚠ مشكلة واحدة</numerusform><numerusform>⚠ مشكلتان</numerusform><numerusform>⚠ %n مشكلات</numerusform><numerusform>⚠ %n مشكلة</numerusform><numerusform>⚠ %n مشكلة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_panel.py" line="313" />
        <source>%n cue(s)</source>
        <translation><numerusform>لا ترجمات</numerusform><numerusform>ترجمة واحدة</numerusform><numerusform>ترجمتين</numerusform><numerusform>%n ترجمات</numerusform><numerusform>%n ترجمة</numerusform><numerusform>%n ترجمة</numerusform></translation>
    </message>
</context>
<context>
    <name>QcProblem</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="39" />
        <source>"{word}"</source>
        <translation>«{word}»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="52" />
        <source>no text</source>
        <translation>لا يوجد نص</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="55" />
        <source>%n lines (limit {limit})</source>
        <translation><numerusform>%n سطر (الحد {limit})</numerusform><numerusform>سطر واحد (الحد {limit})</numerusform><numerusform>سطران (الحد {limit})</numerusform><numerusform>%n أسطر (الحد {limit})</numerusform><numerusform>%n سطرًا (الحد {limit})</numerusform><numerusform>%n سطر (الحد {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="59" />
        <source>line {line} has %n characters (limit {limit})</source>
        <translation><numerusform>في السطر {line} %n حرف (الحد {limit})</numerusform><numerusform>في السطر {line} حرف واحد (الحد {limit})</numerusform><numerusform>في السطر {line} حرفان (الحد {limit})</numerusform><numerusform>في السطر {line} %n أحرف (الحد {limit})</numerusform><numerusform>في السطر {line} %n حرفًا (الحد {limit})</numerusform><numerusform>في السطر {line} %n حرف (الحد {limit})</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="61" />
        <source>line has %n characters (limit {limit})</source>
        <translation><numerusform>في السطر %n حرف (الحد {limit})</numerusform><numerusform>في السطر حرف واحد (الحد {limit})</numerusform><numerusform>في السطر حرفان (الحد {limit})</numerusform><numerusform>في السطر %n أحرف (الحد {limit})</numerusform><numerusform>في السطر %n حرفًا (الحد {limit})</numerusform><numerusform>في السطر %n حرف (الحد {limit})</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="64" />
        <source>ends {ms} ms before it starts</source>
        <translation>ينتهي قبل بدايته بـ{ms} مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="65" />
        <source>ends when it starts</source>
        <translation>ينتهي لحظة بدايته</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="67" />
        <source>lasts {ms} ms (minimum {limit} ms)</source>
        <translation>مدته {ms} مللي ثانية (الحد الأدنى {limit} مللي ثانية)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="69" />
        <source>lasts {ms} ms (maximum {limit} ms)</source>
        <translation>مدته {ms} مللي ثانية (الحد الأقصى {limit} مللي ثانية)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="71" />
        <source>{cps} characters per second (limit {limit})</source>
        <translation>{cps} حرف في الثانية (الحد {limit})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="74" />
        <source>overlaps the next cue by {ms} ms</source>
        <translation>يتداخل مع الترجمة التالية بمقدار {ms} مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="76" />
        <source>{ms} ms gap to the next cue (minimum {limit} ms)</source>
        <translation>فاصل {ms} مللي ثانية عن الترجمة التالية (الحد الأدنى {limit} مللي ثانية)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="80" />
        <source>not translated: no text</source>
        <translation>غير مترجَمة: لا يوجد نص</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="82" />
        <source>not translated: same text as the source</source>
        <translation>غير مترجَمة: النص نفسه كما في المصدر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="85" />
        <source>{list} or {item}</source>
        <translation>{list} أو {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="85" />
        <source>{list}; {item}</source>
        <translation>{list}؛ {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="86" />
        <source>{term} should be translated as {translations}</source>
        <translation>ينبغي ترجمة {term} إلى {translations}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="90" />
        <source>{list}, {item}</source>
        <translation>{list}، {item}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/qc_words.py" line="91" />
        <source>misspelled: {words}</source>
        <translation>أخطاء إملائية: {words}</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="165" />
        <source>an untitled document</source>
        <extracomment>(key) after a recovery was written (recovery, document) when the user accepted</extracomment>
        <translation>مستند بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="169" />
        <source> (autosaved {time})</source>
        <translation> (حُفظ تلقائيًا في {time})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="172" />
        <source>, %n cue(s)</source>
        <translation><numerusform>، لا ترجمات</numerusform><numerusform>، ترجمة واحدة</numerusform><numerusform>، ترجمتان</numerusform><numerusform>، %n ترجمات</numerusform><numerusform>، %n ترجمة</numerusform><numerusform>، %n ترجمة</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="193" />
        <source>Restore unsaved changes?</source>
        <translation>هل تريد استعادة التغييرات غير المحفوظة؟</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="194" />
        <source>Subtitle Desk did not close normally. Unsaved changes to {recovery} were autosaved.</source>
        <translation>لم يُغلق Subtitle Desk بشكل طبيعي. حُفظت التغييرات غير المحفوظة على {recovery} تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="198" />
        <source>Restore them now? Discarding deletes the autosaved copy.</source>
        <translation>هل تستعيدها الآن؟ يؤدي التجاهل إلى حذف النسخة المحفوظة تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="199" />
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="200" />
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="201" />
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="217" />
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/autosave.py" line="218" />
        <source>The autosaved copy is damaged: {error}</source>
        <translation>النسخة المحفوظة تلقائيًا تالفة: {error}</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="49" />
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="52" />
        <source>Forget</source>
        <translation>نسيان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="54" />
        <source>Remove the stored value when you save</source>
        <translation>إزالة القيمة المخزنة عند الحفظ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="57" />
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="59" />
        <source>Show what you are typing (never the stored value)</source>
        <translation>إظهار ما تكتبه (وليس القيمة المخزنة أبدًا)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="86" />
        <source>New value</source>
        <translation>قيمة جديدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="110" />
        <source>Will be removed when you save</source>
        <translation>ستُزال عند الحفظ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="113" />
        <source>Set for this session only</source>
        <translation>مضبوطة لهذه الجلسة فقط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="113" />
        <source>Stored</source>
        <translation>مخزنة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="121" />
        <source>(removed when you save)</source>
        <translation>(ستُزال عند الحفظ)</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="36" />
        <source>Send to Dotsub</source>
        <extracomment>``done()`` code of "Review problems".</extracomment>
        <translation>إرسال إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="46" />
        <source>{target}&lt;br&gt;{cues} as &lt;tt&gt;{file}&lt;/tt&gt;, saved on this computer first.</source>
        <extracomment>Cues whose text is empty or still the source's. The question asked when the task is marked completed with cues untranslated.</extracomment>
        <translation>{target}&lt;br&gt;{cues} باسم &lt;tt&gt;{file}&lt;/tt&gt;، تُحفظ على هذا الحاسوب أولًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="47" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="77" />
        <source>%n cue(s)</source>
        <translation><numerusform>لا ترجمات</numerusform><numerusform>ترجمة واحدة</numerusform><numerusform>ترجمتين</numerusform><numerusform>%n ترجمات</numerusform><numerusform>%n ترجمة</numerusform><numerusform>%n ترجمة</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="62" />
        <source>{problems} in {cues}&lt;/b&gt; against the specification:</source>
        <translation>{problems} في {cues}&lt;/b&gt; وفق المواصفات:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="63" />
        <source>⚠ %n QC problem(s)</source>
        <translation><numerusform>⚠ لا مشكلات جودة</numerusform><numerusform>⚠ مشكلة جودة واحدة</numerusform><numerusform>⚠ مشكلتا جودة</numerusform><numerusform>⚠ %n مشكلات جودة</numerusform><numerusform>⚠ %n مشكلة جودة</numerusform><numerusform>⚠ %n مشكلة جودة</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="67" />
        <source>✔ No QC problems.</source>
        <translation>✔ لا مشكلات في الجودة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="76" />
        <source>%n of {cues} is/are not translated yet</source>
        <translation><numerusform>لا شيء من {cues} غير مترجَم</numerusform><numerusform>واحدة من {cues} لم تُترجم بعد</numerusform><numerusform>اثنتان من {cues} لم تُترجما بعد</numerusform><numerusform>%n من {cues} لم تُترجم بعد</numerusform><numerusform>%n من {cues} لم تُترجم بعد</numerusform><numerusform>%n من {cues} لم تُترجم بعد</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="78" />
        <source> (empty, or still the source's text). Translation ▸ Next untranslated cue (F9) finds them.</source>
        <translation> (فارغة، أو ما زالت بنص المصدر). الترجمة ▸ الترجمة غير المترجَمة التالية (F9) تجدها.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="82" />
        <source>Mark the task &amp;completed</source>
        <translation>وضع علامة &amp;اكتمال على المهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="86" />
        <source>These subtitles were not opened from a task</source>
        <translation>لم تُفتح هذه الترجمات من مهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="89" />
        <source>Task {task} is completed already</source>
        <translation>المهمة {task} مكتملة بالفعل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="93" />
        <source>Task {task} moves on in the workflow once the subtitles are in</source>
        <translation>تنتقل المهمة {task} في سير العمل بعد وصول الترجمات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="98" />
        <source>Send anyway</source>
        <translation>إرسال على أي حال</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="98" />
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="103" />
        <source>&amp;Review problems</source>
        <translation>م&amp;راجعة المشكلات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="127" />
        <source>Complete the task?</source>
        <translation>هل تُكمل المهمة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="128" />
        <source>%n cue(s) is/are not translated yet. Mark the task completed anyway?</source>
        <translation><numerusform>لا ترجمات غير مترجَمة. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>ترجمة واحدة لم تُترجم بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>ترجمتان لم تُترجما بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>%n ترجمات لم تُترجم بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>%n ترجمة لم تُترجم بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform><numerusform>%n ترجمة لم تُترجم بعد. هل تضع علامة اكتمال على المهمة رغم ذلك؟</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/send_dialog.py" line="131" />
        <source>A completed task goes on to the next step of the workflow.</source>
        <translation>تنتقل المهمة المكتملة إلى الخطوة التالية في سير العمل.</translation>
    </message>
</context>
<context>
    <name>ServiceSettingsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="140" />
        <source>{service} account</source>
        <translation>حساب {service}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="151" />
        <source>Advanced</source>
        <translation>خيارات متقدمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="170" />
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/connect/dialogs.py" line="232" />
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
</context>
<context>
    <name>SetupPrompt</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/widgets.py" line="66" />
        <source>Set up {service}…</source>
        <translation>إعداد {service}…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/widgets.py" line="85" />
        <source>Open the Settings menu to set up {service}</source>
        <translation>افتح قائمة الإعدادات لإعداد {service}</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="177" />
        <source>Restored unsaved changes to {name}</source>
        <extracomment>Things to close at exit (emulator servers, HTTP clients), closed in reverse order.</extracomment>
        <translation>استُعيدت التغييرات غير المحفوظة على {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="194" />
        <source>Operation failed</source>
        <translation>فشلت العملية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/app.py" line="224" />
        <source>Demo services on this computer: {services}</source>
        <translation>خدمات العرض التوضيحي على هذا الحاسوب: {services}</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="23" />
        <source>Shift times</source>
        <translation>إزاحة الأوقات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="26" />
        <source>Seconds (1.5) or a time (0:00:01.500)</source>
        <translation>ثوانٍ (1.5) أو وقت (0:00:01.500)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="27" />
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="28" />
        <source>Earlier</source>
        <translation>مبكرًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="30" />
        <source>Only the %n selected cue(s)</source>
        <translation><numerusform>لا ترجمات محددة</numerusform><numerusform>الترجمة المحددة فقط</numerusform><numerusform>الترجمتان المحددتان فقط</numerusform><numerusform>الترجمات الـ %n المحددة فقط</numerusform><numerusform>الترجمات الـ %n المحددة فقط</numerusform><numerusform>الترجمات الـ %n المحددة فقط</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="39" />
        <source>Offset</source>
        <translation>الإزاحة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/dialogs.py" line="40" />
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="94" />
        <source>Window</source>
        <extracomment>Where a submenu's name joins its menu's in a group name ("Quality ▸ Specification").</extracomment>
        <translation>النافذة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="103" />
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="106" />
        <source>Find a command or a key</source>
        <translation>ابحث عن أمر أو مفتاح</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="109" />
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/help.py" line="109" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
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
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="61" />
        <source>No source cue at this time</source>
        <translation>لا ترجمة مصدر في هذا الوقت</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="68" />
        <source>Copy to cue</source>
        <translation>نسخ إلى الترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="69" />
        <source>Replace the current cue's text with this source text (names, numbers, on-screen text); undoable</source>
        <translation>استبدال نص الترجمة الحالية بنص المصدر هذا (أسماء، أرقام، نص على الشاشة)؛ يمكن التراجع عنه</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="91" />
        <source>{language} (source, read-only)</source>
        <translation>{language} (المصدر، للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="93" />
        <source>{count} cues in the source language</source>
        <translation>{count} ترجمة بلغة المصدر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="164" />
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="165" />
        <source>“{term}”: use {translations}</source>
        <translation>«{term}»: استخدم {translations}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="167" />
        <source>“{term}”: in the glossary, without an approved translation</source>
        <translation>«{term}»: في المسرد، دون ترجمة معتمدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/source_view.py" line="213" />
        <source>No source cue at this time; nearest:</source>
        <translation>لا ترجمة مصدر في هذا الوقت؛ الأقرب:</translation>
    </message>
</context>
<context>
    <name>SpecPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="25" />
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="25" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="26" />
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="26" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="27" />
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="27" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="28" />
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="28" />
        <source>Initials</source>
        <translation>الأحرف الأولى</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="29" />
        <source>Speaker id</source>
        <translation>معرّف المتحدث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="29" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="30" />
        <source>New line per speaker</source>
        <translation>سطر جديد لكل متحدث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="31" />
        <source>Double chevron (&gt;&gt;)</source>
        <translation>علامة مزدوجة (&gt;&gt;)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="32" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="33" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="34" />
        <source>Dash per speaker (-)</source>
        <translation>شرطة لكل متحدث (-)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="39" />
        <source>spoken audio</source>
        <extracomment>What the spec asks to transcribe: (the Dotsub record's field, its name in the panel).</extracomment>
        <translation>الكلام المنطوق</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="40" />
        <source>on-screen text</source>
        <translation>النص على الشاشة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="41" />
        <source>audio description</source>
        <translation>الوصف الصوتي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="61" />
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="68" />
        <source>Lines per cue</source>
        <translation>الأسطر في كل ترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="70" />
        <source>Characters per line</source>
        <translation>الأحرف في كل سطر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="72" />
        <source>Reading speed</source>
        <translation>سرعة القراءة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="73" />
        <source>{value} characters/s</source>
        <translation>{value} حرف/ث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="74" />
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="77" />
        <source>Minimum gap</source>
        <translation>أدنى فاصل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="78" />
        <source>{value} ms</source>
        <translation>{value} مللي ثانية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="80" />
        <source>Speaker identification</source>
        <translation>تعريف المتحدث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="82" />
        <source>Dialogue style</source>
        <translation>نمط الحوار</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="85" />
        <source>Transcribe</source>
        <translation>التفريغ النصي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="114" />
        <source>No task specification.</source>
        <translation>لا مواصفات للمهمة.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="115" />
        <source>QC checks against {spec}.</source>
        <translation>تفحص مراقبة الجودة وفق {spec}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="117" />
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="134" />
        <source>Media notes</source>
        <translation>ملاحظات الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="120" />
        <source>all languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="123" />
        <source>Dotsub spec {id}</source>
        <translation>مواصفات Dotsub {id}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="126" />
        <source>(disabled)</source>
        <translation>(معطّلة)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="132" />
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/spec_panel.py" line="137" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>SubtitleOpener</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="63" />
        <source>Opening task {task}: {what}</source>
        <extracomment>Something is being opened: (what, shown in the page's status line) The editor has it: (WorkSession) Opening failed with the service's message The last session handed to the editor (tests and the smoke test read it).</extracomment>
        <translation>جارٍ فتح المهمة {task}: {what}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="70" />
        <source>Opening {what}</source>
        <translation>جارٍ فتح {what}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/opener.py" line="77" />
        <source>Opening {what}…</source>
        <translation>جارٍ فتح {what}…</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="79" />
        <source>{count} min</source>
        <translation>{count} د</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="81" />
        <source>{count} h</source>
        <translation>{count} س</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="83" />
        <source>{count} d</source>
        <translation>{count} ي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="85" />
        <source>{amount} overdue</source>
        <translation>متأخرة بـ {amount}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="86" />
        <source>in {amount}</source>
        <translation>خلال {amount}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="91" />
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="93" />
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="95" />
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="96" />
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="100" />
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="100" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="101" />
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="102" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="103" />
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="104" />
        <source>Assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="105" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="106" />
        <source>Done</source>
        <translation>المنجز</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="107" />
        <source>Media ID</source>
        <translation>معرّف الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="108" />
        <source>Created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="109" />
        <source>Task ID</source>
        <translation>معرّف المهمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="131" />
        <source>Loading Dotsub tasks</source>
        <extracomment>"Now" for the highlighting; refreshed on every reload (tests may pin it). Task id -&gt; the progress of its translation on this computer (see ``local_progress``).</extracomment>
        <translation>جارٍ تحميل مهام Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="197" />
        <source>Dotsub: {value} % done</source>
        <translation>Dotsub: أُنجز {value} %</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="200" />
        <source>On this computer: {progress}</source>
        <translation>على هذا الحاسوب: {progress}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="204" />
        <source>Task {task}: {type} {language}</source>
        <translation>المهمة {task}: {type} {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="208" />
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="210" />
        <source>Due within 24 hours</source>
        <translation>تستحق خلال 24 ساعة</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="52" />
        <source>Group</source>
        <extracomment>A task due within this time is "almost due". The light theme's row tints; rows take the scheme's own (``palette_colors()``) when drawn. The assignee types as the filter shows them (translated where shown).</extracomment>
        <translation>مجموعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="52" />
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="53" />
        <source>Asr</source>
        <translation>التعرف على الكلام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="53" />
        <source>Mt</source>
        <translation>الترجمة الآلية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="54" />
        <source>Tts</source>
        <translation>تحويل النص إلى كلام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="54" />
        <source>Burn In</source>
        <translation>دمج في الفيديو</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="55" />
        <source>None</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="279" />
        <source>Search media titles (Ctrl+F)</source>
        <extracomment>The saved language filter, until the language list arrives. The task the footer describes (forgotten when it leaves the list). The "accept it first?" question of the last Open (tests read it). (target, marks, source mtimes) -&gt; progress, so unchanged work is not read again.</extracomment>
        <translation>البحث في عناوين الوسائط (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="282" />
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="287" />
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Not completed</source>
        <translation>غير مكتملة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="290" />
        <source>Completed or not</source>
        <translation>مكتملة أو لا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Accepted or not</source>
        <translation>مقبولة أو لا</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="294" />
        <source>Not accepted</source>
        <translation>غير مقبولة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="296" />
        <source>Due from</source>
        <translation>الاستحقاق من</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="297" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="317" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="299" />
        <source>More filters</source>
        <translation>مرشحات أخرى</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="301" />
        <source>Clear filters</source>
        <translation>مسح المرشحات</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="302" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="304" />
        <source>Load the task list again (F5)</source>
        <translation>إعادة تحميل قائمة المهام (F5)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="306" />
        <source>Project name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="307" />
        <source>Assignee name</source>
        <translation>اسم المكلَّف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="310" />
        <source>Any assignee type</source>
        <translation>أي نوع من المكلَّفين</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="313" />
        <source>Media ID</source>
        <translation>معرّف الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="314" />
        <source>External ID</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="315" />
        <source>Created since</source>
        <translation>أُنشئت منذ</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="316" />
        <source>Completed from</source>
        <translation>اكتملت من</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="664" />
        <source>Loading tasks…</source>
        <translation>جارٍ تحميل المهام…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="343" />
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="345" />
        <source>Download the subtitles, spec and video and open them in the editor (Enter)</source>
        <translation>تنزيل الترجمات والمواصفات والفيديو وفتحها في المحرر (Enter)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="347" />
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="349" />
        <source>Take the task: Dotsub assigns it to you</source>
        <translation>تولّي المهمة: يسندها Dotsub إليك</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="350" />
        <source>Release</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="352" />
        <source>Give the task back to its original assignee</source>
        <translation>إعادة المهمة إلى المكلَّف الأصلي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="356" />
        <source>The subtitle format to download from Dotsub</source>
        <translation>تنسيق الترجمة المراد تنزيله من Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="363" />
        <source>Format:</source>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="369" />
        <source>Dotsub tasks</source>
        <translation>مهام Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="376" />
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="377" />
        <source>Due within 24 hours</source>
        <translation>تستحق خلال 24 ساعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="378" />
        <source>Due dates in local time</source>
        <translation>مواعيد الاستحقاق بالتوقيت المحلي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="414" />
        <source>Opened {title}</source>
        <translation>فُتح {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="411" />
        <source>Find tasks by title</source>
        <translation>البحث عن المهام حسب العنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="411" />
        <source>Load the task list again</source>
        <translation>إعادة تحميل قائمة المهام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="518" />
        <source>Accept the task?</source>
        <translation>هل تقبل المهمة؟</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="519" />
        <source>Nobody has accepted task {task} ({description}) yet. Accept it before you open it?</source>
        <translation>لم يقبل أحد المهمة {task} ({description}) بعد. هل تقبلها قبل فتحها؟</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="523" />
        <source>Dotsub then assigns it to you, so nobody else starts on it.</source>
        <translation>عندئذ يسندها Dotsub إليك، فلا يبدأ بها أحد غيرك.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="524" />
        <source>&amp;Accept and open</source>
        <translation>&amp;قبول وفتح</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="526" />
        <source>&amp;Open without accepting</source>
        <translation>ف&amp;تح دون قبول</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="556" />
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="564" />
        <source>Accepting task {task} ({title})</source>
        <translation>جارٍ قبول المهمة {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="565" />
        <source>Releasing task {task} ({title})</source>
        <translation>جارٍ تحرير المهمة {task} ({title})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="576" />
        <source>Accepting task {task} failed: {error}</source>
        <translation>فشل قبول المهمة {task}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="577" />
        <source>Releasing task {task} failed: {error}</source>
        <translation>فشل تحرير المهمة {task}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="581" />
        <source>Task {task} accepted: it is yours now</source>
        <translation>قُبلت المهمة {task}: إنها لك الآن</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="582" />
        <source>Task {task} released</source>
        <translation>حُررت المهمة {task}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="640" />
        <source>{task} · {progress} on this computer</source>
        <translation>{task} · {progress} على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="664" />
        <source>Loading more tasks…</source>
        <translation>جارٍ تحميل مزيد من المهام…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="665" />
        <source>The task list could not be loaded: {error}</source>
        <translation>تعذّر تحميل قائمة المهام: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="674" />
        <source>%n task(s)</source>
        <translation><numerusform>لا مهام</numerusform><numerusform>مهمة واحدة</numerusform><numerusform>مهمتان</numerusform><numerusform>%n مهام</numerusform><numerusform>%n مهمة</numerusform><numerusform>%n مهمة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="675" />
        <source>{shown} of %n task(s) shown</source>
        <translation><numerusform>{shown} من %n مهمة معروضة</numerusform><numerusform>{shown} من مهمة واحدة معروضة</numerusform><numerusform>{shown} من مهمتين معروضة</numerusform><numerusform>{shown} من %n مهام معروضة</numerusform><numerusform>{shown} من %n مهمة معروضة</numerusform><numerusform>{shown} من %n مهمة معروضة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="676" />
        <source>, %n overdue</source>
        <translation><numerusform>، لا متأخرة</numerusform><numerusform>، واحدة متأخرة</numerusform><numerusform>، اثنتان متأخرتان</numerusform><numerusform>، %n متأخرة</numerusform><numerusform>، %n متأخرة</numerusform><numerusform>، %n متأخرة</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="666" />
        <source>The task list could not be loaded. See the message above; Retry when the problem is fixed.</source>
        <translation>تعذّر تحميل قائمة المهام. راجع الرسالة أعلاه، واختر إعادة المحاولة بعد حل المشكلة.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="668" />
        <source>Loading tasks from Dotsub…</source>
        <translation>جارٍ تحميل المهام من Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="669" />
        <source>No tasks match these filters.
Choose “Completed or not”, widen the due dates, or Clear filters.</source>
        <translation>لا توجد مهام تطابق هذه المرشحات.
اختر «مكتملة أو لا»، أو وسّع مواعيد الاستحقاق، أو امسح المرشحات.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="737" />
        <source>Task {task}: {type} {language}</source>
        <translation>المهمة {task}: {type} {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="741" />
        <source>from {language}</source>
        <translation>من {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="743" />
        <source>assigned to {name}</source>
        <translation>مسندة إلى {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/tasks.py" line="745" />
        <source>error: {error}</source>
        <translation>خطأ: {error}</translation>
    </message>
</context>
<context>
    <name>TimeParseError</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/timefmt.py" line="55" />
        <source>'{text}' is not a time: expected H:MM:SS.mmm, MM:SS.mmm or seconds</source>
        <translation>«{text}» ليس وقتًا: الصيغة المتوقعة H:MM:SS.mmm أو MM:SS.mmm أو عدد الثواني</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/timefmt.py" line="60" />
        <source>'{text}' is not a time: minutes and seconds go up to 59</source>
        <translation>«{text}» ليس وقتًا: الدقائق والثواني لا تتجاوز 59</translation>
    </message>
</context>
<context>
    <name>TrackForm</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="52" />
        <source>Shown in the player's subtitle menu</source>
        <extracomment>language id -&gt; track name</extracomment>
        <translation>يظهر في قائمة الترجمات في المشغّل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="56" />
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/dialogs.py" line="57" />
        <source>Track name:</source>
        <translation>اسم المسار:</translation>
    </message>
</context>
<context>
    <name>TracksModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="131" />
        <source>Language</source>
        <extracomment>Set by the controller: called when the view wants the next page.</extracomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="132" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="133" />
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="134" />
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="184" />
        <source>SDH</source>
        <translation>للصم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="135" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="136" />
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="181" />
        <source>Subtitles</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="182" />
        <source>Audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="197" />
        <source>Closed captions (subtitles for the deaf and hard of hearing)</source>
        <translation>ترجمة مغلقة (للصم وضعاف السمع)</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="31" />
        <source>Playhead position</source>
        <translation>موضع التشغيل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="38" />
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="58" />
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/transport.py" line="58" />
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
</context>
<context>
    <name>UploadForm</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="37" />
        <source>A title is required.</source>
        <extracomment>Dotsub's rule for media titles (letters and digits in any script, spaces and ()_-,.).</extracomment>
        <translation>العنوان مطلوب.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="39" />
        <source>The title is {length} characters long; keep it to {limit}.</source>
        <translation>طول العنوان {length} حرفًا؛ اجعله {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="45" />
        <source>The title “{title}” has characters Dotsub does not allow: {characters}. Use letters, digits, spaces and ( ) _ - , . only.</source>
        <translation>يحتوي العنوان «{title}» على أحرف لا يسمح بها Dotsub: {characters}. استخدم الحروف والأرقام والمسافات و( ) _ - , . فقط.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="54" />
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>File</source>
        <extracomment>Ask the page to (re)load projects and languages.</extracomment>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="75" />
        <source>Title on Dotsub</source>
        <translation>العنوان على Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="88" />
        <source>Drop video files here, or use Add files…</source>
        <translation>أفلت ملفات الفيديو هنا، أو استخدم «إضافة ملفات…»</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="93" />
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="95" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="101" />
        <source>Choose a project…</source>
        <translation>اختر مشروعًا…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="113" />
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="114" />
        <source>Load the projects and languages from Dotsub again</source>
        <translation>إعادة تحميل المشاريع واللغات من Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="117" />
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="118" />
        <source>Language spoken</source>
        <translation>اللغة المنطوقة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="119" />
        <source>Translate into</source>
        <translation>الترجمة إلى</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="130" />
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="327" />
        <source>Upload</source>
        <translation>رفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="183" />
        <source>Videos to upload to Dotsub</source>
        <translation>فيديوهات للرفع إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="184" />
        <source>Video and audio ({patterns});;All files (*)</source>
        <translation>فيديو وصوت ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="273" />
        <source>Add at least one video file.</source>
        <translation>أضف ملف فيديو واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="275" />
        <source>Choose the Dotsub project the videos go to.</source>
        <translation>اختر مشروع Dotsub الذي تُرفع إليه الفيديوهات.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="276" />
        <source>Choose a Dotsub project (none loaded yet).</source>
        <translation>اختر مشروع Dotsub (لم يُحمَّل أي مشروع بعد).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="280" />
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="327" />
        <source>Upload %n file(s)</source>
        <translation><numerusform>رفع %n ملف</numerusform><numerusform>رفع ملف واحد</numerusform><numerusform>رفع ملفين</numerusform><numerusform>رفع %n ملفات</numerusform><numerusform>رفع %n ملفًا</numerusform><numerusform>رفع %n ملف</numerusform></translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/form.py" line="330" />
        <source>Choose the Dotsub project first</source>
        <translation>اختر مشروع Dotsub أولًا</translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="47" />
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="48" />
        <source>Creating media</source>
        <translation>جارٍ إنشاء الوسائط</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="49" />
        <source>Uploading</source>
        <translation>جارٍ الرفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="50" />
        <source>Finishing</source>
        <translation>جارٍ الإنهاء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="51" />
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="52" />
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="53" />
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="107" />
        <source>{sent} of {total}</source>
        <extracomment>What the remote media is in, in words ("Dotsub lists media 12 as a pending upload ...").</extracomment>
        <translation>{sent} من {total}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="130" />
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="130" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="131" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="131" />
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="132" />
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="132" />
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="133" />
        <source>On Dotsub</source>
        <translation>على Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="196" />
        <source>Nothing was sent to Dotsub.</source>
        <extracomment>(job) whenever a job's state, progress or remote state changes. How many files upload at once. The engine's own retries of a dropped connection / 5xx within one run, and its backoff.</extracomment>
        <translation>لم يُرسَل شيء إلى Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="224" />
        <source>Deleting media {media} failed: {error}</source>
        <translation>فشل حذف الوسائط {media}: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="228" />
        <source>Media {media} was deleted from Dotsub.</source>
        <translation>حُذفت الوسائط {media} من Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="232" />
        <source>Deleting Dotsub media {media} ({file})</source>
        <translation>جارٍ حذف وسائط Dotsub {media} ({file})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="262" />
        <source>Uploading {file} to Dotsub</source>
        <translation>جارٍ رفع {file} إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="267" />
        <source>Creating the media on Dotsub…</source>
        <translation>جارٍ إنشاء الوسائط على Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="319" />
        <source>{rate}/s, {time} left</source>
        <translation>{rate}/ث، متبقٍّ {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="320" />
        <source>starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="321" />
        <source>{progress}, {pace} (attempt {attempt})</source>
        <translation>{progress}، {pace} (المحاولة {attempt})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="322" />
        <source>{progress}, {pace}</source>
        <translation>{progress}، {pace}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="334" />
        <source>Media {media} in project {project}: {status}.</source>
        <translation>الوسائط {media} في المشروع {project}: {status}.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="337" />
        <source>{size} sent; media {media}</source>
        <translation>أُرسل {size}؛ الوسائط {media}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="346" />
        <source>No media was created on Dotsub.</source>
        <translation>لم تُنشأ أي وسائط على Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="348" />
        <source>Dotsub lists the upload of media {media} as {status}: Retry uploads it again.</source>
        <translation>يُظهر Dotsub رفع الوسائط {media} بالحالة «{status}»: تعيد «إعادة المحاولة» رفعها.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="357" />
        <source>Cancelled before Dotsub answered: if a media was created, it has no video (look for the title in Media).</source>
        <translation>أُلغي قبل أن يرد Dotsub: إن أُنشئت وسائط فهي بلا فيديو (ابحث عن العنوان في «الوسائط»).</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="359" />
        <source>Media {media} stays on Dotsub as a pending upload without a video: Retry uploads it again, Delete media removes it.</source>
        <translation>تبقى الوسائط {media} على Dotsub رفعًا معلّقًا بلا فيديو: تعيد «إعادة المحاولة» رفعها، ويزيلها «حذف الوسائط».</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="370" />
        <source>Media {media} is no longer on Dotsub.</source>
        <translation>لم تعد الوسائط {media} موجودة على Dotsub.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="379" />
        <source>Dotsub lists media {media} as a pending upload ({status}, {percent} %) without a video: Retry uploads it again, Delete media removes it.</source>
        <translation>يُظهر Dotsub الوسائط {media} رفعًا معلّقًا ({status}، {percent} %) بلا فيديو: تعيد «إعادة المحاولة» رفعها، ويزيلها «حذف الوسائط».</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="383" />
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="384" />
        <source>Dotsub lists the upload of media {media} as {status}.</source>
        <translation>يُظهر Dotsub رفع الوسائط {media} بالحالة «{status}».</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="439" />
        <source>Failed: {error}</source>
        <translation>فشل: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="441" />
        <source>Uploading (attempt {attempt})</source>
        <translation>جارٍ الرفع (المحاولة {attempt})</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/queue.py" line="452" />
        <source>Media {media}</source>
        <translation>الوسائط {media}</translation>
    </message>
</context>
<context>
    <name>Uploads</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="45" />
        <source>Upload</source>
        <translation>الرفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="46" />
        <source>&amp;Upload</source>
        <translation>ال&amp;رفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="48" />
        <source>Upload &amp;videos to Dotsub…</source>
        <translation>رفع &amp;فيديوهات إلى Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="51" />
        <source>Show &amp;uploads</source>
        <translation>إظهار عمليات ال&amp;رفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/__init__.py" line="53" />
        <source>&amp;Cancel all uploads</source>
        <translation>إ&amp;لغاء كل عمليات الرفع</translation>
    </message>
</context>
<context>
    <name>UploadsModel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="72" />
        <source>Video</source>
        <extracomment>The record (Upload, Track or JobEntry) behind a row. A track status's colour: a ThemeColors name, looked up in the scheme on screen when drawn.</extracomment>
        <translation>الفيديو</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="73" />
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="74" />
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/datocms/models.py" line="75" />
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
</context>
<context>
    <name>UploadsPage</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="158" />
        <source>Upload videos to Dotsub</source>
        <translation>رفع فيديوهات إلى Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="160" />
        <source>Uploads</source>
        <translation>عمليات الرفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="196" />
        <source>Loading projects and languages from Dotsub…</source>
        <translation>جارٍ تحميل المشاريع واللغات من Dotsub…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="199" />
        <source>Loading Dotsub projects and languages</source>
        <translation>جارٍ تحميل مشاريع Dotsub ولغاته</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="210" />
        <source>Could not load the projects and languages: {error}</source>
        <translation>تعذّر تحميل المشاريع واللغات: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="221" />
        <source>{projects} projects, {languages} languages in your organization.</source>
        <translation>المشاريع: {projects}، اللغات: {languages} في مؤسستك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="243" />
        <source>Uploading %n file(s) to Dotsub</source>
        <translation><numerusform>جارٍ رفع %n ملف إلى Dotsub</numerusform><numerusform>جارٍ رفع ملف واحد إلى Dotsub</numerusform><numerusform>جارٍ رفع ملفين إلى Dotsub</numerusform><numerusform>جارٍ رفع %n ملفات إلى Dotsub</numerusform><numerusform>جارٍ رفع %n ملفًا إلى Dotsub</numerusform><numerusform>جارٍ رفع %n ملف إلى Dotsub</numerusform></translation>
    </message>
</context>
<context>
    <name>UploadsPanel</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="69" />
        <source>No uploads yet. Add video files above and press Upload.</source>
        <translation>لا عمليات رفع بعد. أضف ملفات فيديو في الأعلى واضغط «رفع».</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="76" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="78" />
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="80" />
        <source>Delete media on Dotsub</source>
        <translation>حذف الوسائط على Dotsub</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="82" />
        <source>Remove the media a failed or cancelled upload left on Dotsub</source>
        <translation>إزالة الوسائط التي تركها على Dotsub رفعٌ فاشل أو ملغى</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="83" />
        <source>Clear finished</source>
        <translation>مسح المنتهية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="130" />
        <source>{file} → “{title}”: {state}</source>
        <translation>{file} ← «{title}»: {state}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="140" />
        <source>{active} uploading, {queued} queued (at most {parallel} at a time)</source>
        <translation>{active} قيد الرفع، {queued} في الانتظار (بحد أقصى {parallel} في وقت واحد)</translation>
    </message>
</context>
<context>
    <name>UploadsQuitQuestion</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="253" />
        <source>Uploads still running</source>
        <translation>لا تزال عمليات رفع جارية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../subtitle_desk/ui/desk/uploads/page.py" line="266" />
        <source>%n upload(s) to Dotsub not finished. Quitting cancels it/them; media already created stay on Dotsub as pending uploads without a video.

Quit anyway?</source>
        <translation><numerusform>لم تنتهِ %n عمليات رفع إلى Dotsub. الخروج يلغيها؛ وتبقى الوسائط التي أُنشئت بالفعل على Dotsub عمليات رفع معلّقة بلا فيديو.

هل تريد الخروج رغم ذلك؟</numerusform><numerusform>لم ينتهِ الرفع إلى Dotsub. الخروج يلغيه؛ وتبقى الوسائط التي أُنشئت بالفعل على Dotsub عمليات رفع معلّقة بلا فيديو.

هل تريد الخروج رغم ذلك؟</numerusform><numerusform>لم تنتهِ عمليتا رفع إلى Dotsub. الخروج يلغيهما؛ وتبقى الوسائط التي أُنشئت بالفعل على Dotsub عمليات رفع معلّقة بلا فيديو.

هل تريد الخروج رغم ذلك؟</numerusform><numerusform>لم تنتهِ %n عمليات رفع إلى Dotsub. الخروج يلغيها؛ وتبقى الوسائط التي أُنشئت بالفعل على Dotsub عمليات رفع معلّقة بلا فيديو.

هل تريد الخروج رغم ذلك؟</numerusform><numerusform>لم تنتهِ %n عملية رفع إلى Dotsub. الخروج يلغيها؛ وتبقى الوسائط التي أُنشئت بالفعل على Dotsub عمليات رفع معلّقة بلا فيديو.

هل تريد الخروج رغم ذلك؟</numerusform><numerusform>لم تنتهِ %n عملية رفع إلى Dotsub. الخروج يلغيها؛ وتبقى الوسائط التي أُنشئت بالفعل على Dotsub عمليات رفع معلّقة بلا فيديو.

هل تريد الخروج رغم ذلك؟</numerusform></translation>
    </message>
</context>
<context>
    <name>VideoCache</name>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="105" />
        <source>The video was not saved: {error}</source>
        <extracomment>Await a video download up to this size before opening the editor; bigger ones open with the URL. Resolves to the size in bytes (None when the host does not say) once headers arrive.</extracomment>
        <translation>لم يُحفظ الفيديو: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="114" />
        <source>Downloading the video of {title}</source>
        <translation>جارٍ تنزيل فيديو {title}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/dotsub/videos.py" line="116" />
        <source>Downloading the video</source>
        <translation>جارٍ تنزيل الفيديو</translation>
    </message>
</context>
<context>
    <name>WaveformLoader</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="35" />
        <source>This media has no audio track, so there is no waveform.</source>
        <extracomment>In English; shown as ``QCoreApplication.translate("WaveformLoader", NO_AUDIO_MESSAGE)``.</extracomment>
        <translation>لا تحتوي هذه الوسائط على مسار صوتي، لذا لا توجد موجة صوتية.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="162" />
        <source>The audio could not be decoded.</source>
        <extracomment>Enough for a faithful envelope at 100 buckets/s, and 3x less work than 48 kHz.</extracomment>
        <translation>تعذّر فك ترميز الصوت.</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="214" />
        <source>The media file is missing: {name}</source>
        <extracomment>True once ``loaded`` came from the disk cache rather than a decode (for tests/UI).</extracomment>
        <translation>ملف الوسائط مفقود: {name}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform_loader.py" line="254" />
        <source>The media could not be opened.</source>
        <translation>تعذّر فتح الوسائط.</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <location filename="../../subtitle_desk/ui/media/waveform.py" line="547" />
        <source>Decoding audio… {percent}%</source>
        <extracomment>a cue region was double-clicked</extracomment>
        <translation>جارٍ فك ترميز الصوت… {percent}٪</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="102" />
        <source>The kept cues could not be read ({error}): none are kept</source>
        <extracomment>Progress is worked out again this long after the last change (typing stays instant). the source or the kept marks changed (None: every row; else the rows) the glossary in force changed: (GlossaryMatcher or None) the spell checker in force changed: (SpellChecker or None) words were added to the dictionary or ignored: underlines are re-checked the translation progress: (core.translation.Progress or None) a status-bar message The language spelling is checked in (None: off), and why it is not, when it is not.</extracomment>
        <translation>تعذّرت قراءة الترجمات المحتفَظ بها ({error}): لم يُحتفظ بأي منها</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="164" />
        <source>The kept cues could not be saved: {error}</source>
        <translation>تعذّر حفظ الترجمات المحتفَظ بها: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="242" />
        <source>No spelling dictionary for {language}: spelling is not checked</source>
        <translation>لا قاموس إملائي للغة {language}: لا يُدقَّق الإملاء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="248" />
        <source>Spelling is not checked: {error}</source>
        <translation>لا يُدقَّق الإملاء: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="257" />
        <source>Spelling checked in {language}</source>
        <translation>يُدقَّق الإملاء باللغة {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="261" />
        <source>Loading the {language} spelling dictionary</source>
        <translation>جارٍ تحميل القاموس الإملائي {language}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="270" />
        <source>“{word}” could not be added to the dictionary: {error}</source>
        <translation>تعذّرت إضافة «{word}» إلى القاموس: {error}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="272" />
        <source>“{word}” added to your {dictionary} dictionary</source>
        <translation>أُضيفت «{word}» إلى قاموسك {dictionary}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/editor/workbench.py" line="280" />
        <source>“{word}” ignored until Subtitle Desk closes</source>
        <translation>تُتجاهل «{word}» حتى إغلاق Subtitle Desk</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="112" />
        <source>✔ Done</source>
        <translation>✔ اكتمل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="112" />
        <source>✖ Failed</source>
        <translation>✖ فشل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="113" />
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="145" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="149" />
        <source>Working…</source>
        <translation>قيد العمل…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="150" />
        <source>  ·  running for {time}</source>
        <translation>  ·  قيد التشغيل منذ {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="153" />
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="156" />
        <source>Done after {time}</source>
        <translation>اكتمل بعد {time}</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/activity_panel.py" line="157" />
        <source>Cancelled after {time}</source>
        <translation>أُلغي بعد {time}</translation>
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
        <translation>ال&amp;مهام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="37" />
        <source>&amp;New job…</source>
        <translation>مهمة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="39" />
        <source>Add &amp;media to the selected job…</source>
        <translation>إضافة &amp;وسائط إلى المهمة المحددة…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="41" />
        <source>Request &amp;transcription…</source>
        <translation>طلب &amp;تفريغ نصي…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="43" />
        <source>&amp;Open captions in editor</source>
        <translation>&amp;فتح الترجمات في المحرر</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/desk/cielo24/__init__.py" line="45" />
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../subtitle_desk/ui/i18n.py" line="47" />
        <source>Follow the system</source>
        <extracomment>The compiled .qm files the app loads (package data). The .ts sources, in a checkout (not in an installed or bundled app). The languages the interface speaks, each named in itself.</extracomment>
        <translation>حسب النظام</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="26" />
        <source>waiting for the video file</source>
        <extracomment>Dotsub's ``uploadDetail.status`` of a media, as the end of "The upload is …" (shown translated by ``upload_status``).</extracomment>
        <translation>في انتظار ملف الفيديو</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="27" />
        <source>uploading</source>
        <translation>جارٍ الرفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="28" />
        <source>uploaded; Dotsub is encoding it</source>
        <translation>تم الرفع؛ يرمّزه Dotsub الآن</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="29" />
        <source>uploaded</source>
        <translation>تم الرفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="30" />
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="31" />
        <source>encoded</source>
        <translation>مُرمَّز</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="32" />
        <source>processed</source>
        <translation>تمت معالجته</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="40" />
        <source>subtitles</source>
        <extracomment>Statuses that mean Dotsub still waits for the video (Retry sends it, Delete removes the media). DatoCMS's track ``status``.</extracomment>
        <translation>الترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="40" />
        <source>audio</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="48" />
        <source>Caption</source>
        <extracomment>For pyside6-lupdate: the names core.work.dotsub.TASK_TYPE_LABELS gives (the core has no Qt), and the other tables' names shown on their own; ``translated`` shows them in the user's language.</extracomment>
        <translation>تسميات توضيحية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="48" />
        <source>Pivot translate</source>
        <translation>ترجمة عبر لغة وسيطة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="49" />
        <source>Direct translate</source>
        <translation>ترجمة مباشرة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="49" />
        <source>Translate</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="50" />
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="50" />
        <source>Post-editing</source>
        <translation>تحرير لاحق</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="51" />
        <source>Proofreading</source>
        <translation>تدقيق لغوي</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="51" />
        <source>Custom</source>
        <translation>مخصصة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Sign-off</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Burn-in</source>
        <translation>دمج في الفيديو</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="52" />
        <source>Push</source>
        <translation>دفع</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="53" />
        <source>Text to speech</source>
        <translation>تحويل النص إلى كلام</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="54" />
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="55" />
        <source>Mechanical</source>
        <translation>آلية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="55" />
        <source>Premium</source>
        <translation>ممتازة</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="56" />
        <source>Professional</source>
        <translation>احترافية</translation>
    </message>
    <message>
        <location filename="../../subtitle_desk/ui/words.py" line="56" />
        <source>External</source>
        <translation>خارجية</translation>
    </message>
</context>
</TS>