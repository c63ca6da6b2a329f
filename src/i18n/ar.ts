import type { Messages } from './messages-type.js';
import { waitDuration } from './format.js';

/**
 * Arabic messages, in formal Modern Standard Arabic; requests are worded «يُرجى» with a verbal noun
 * and possessives are left unvocalized, so that nothing is written for one gender of reader.
 * Typed against `Messages`: a missing or misspelt key fails the type check. Right to left is the
 * elements' concern (`directionOf('ar')`), not this table's.
 */

// Numbers as Intl writes them for `ar`: Western digits (Chromium 156 and Node 20 with ICU 78 give
// the `latn` numbering system for plain `ar`; `ar-EG` and others give Arabic-Indic), as the dates do.
const numberFormat = new Intl.NumberFormat('ar');
// `unknown`: the tables test also calls the functions with text where a number goes.
const num = (n: unknown): string => (typeof n === 'number' ? numberFormat.format(n) : String(n));

const pluralRules = new Intl.PluralRules('ar');

/** The noun a count takes in each of Arabic's plural categories, in the genitive (after a preposition or verbal noun). */
interface Counted {
  /** 1, and 0 and 100, 101, ...: the singular. */
  singular: string;
  /** 2: the dual, which says the number by itself. */
  dual: string;
  /** 3 to 10 (and 103 to 110, ...): the plural. */
  few: string;
  /** 11 to 99 (and 111 to 199, ...): the singular, accusative. */
  many: string;
}

/**
 * `n` with its noun in the form `Intl.PluralRules('ar')` picks: «3 شهادات», «11 شهادة», «شهادتين».
 * One keeps its digit («1 شهادة» rather than «شهادة واحدة») so that every count reads at a glance.
 */
function count(n: number, noun: Counted): string {
  switch (pluralRules.select(n)) {
    case 'two':
      return noun.dual;
    case 'few':
      return `${num(n)} ${noun.few}`;
    case 'many':
      return `${num(n)} ${noun.many}`;
    default:
      return `${num(n)} ${noun.singular}`;
  }
}

const certificates: Counted = { singular: 'شهادة', dual: 'شهادتين', few: 'شهادات', many: 'شهادة' };
const exams: Counted = { singular: 'اختبار', dual: 'اختبارين', few: 'اختبارات', many: 'اختبارًا' };
const days: Counted = { singular: 'يوم', dual: 'يومين', few: 'أيام', many: 'يومًا' };
const characters: Counted = { singular: 'حرف', dual: 'حرفين', few: 'أحرف', many: 'حرفًا' };
const waitUnits: Record<'second' | 'minute' | 'hour', Counted> = {
  second: { singular: 'ثانية', dual: 'ثانيتين', few: 'ثوانٍ', many: 'ثانية' },
  minute: { singular: 'دقيقة', dual: 'دقيقتين', few: 'دقائق', many: 'دقيقة' },
  hour: { singular: 'ساعة', dual: 'ساعتين', few: 'ساعات', many: 'ساعة' },
};

export const ar: Messages = {
  common: {
    loading: 'جارٍ التحميل…',
    notConfigured: 'لا يوجد ما يُعرض بعد: هذا الجزء من الصفحة غير متصل ببياناته.',
    retry: 'إعادة المحاولة',
    close: 'إغلاق',
    cancel: 'إلغاء',
    download: 'تنزيل',
    copy: 'نسخ',
    copied: 'تم النسخ',
    notAvailable: '—',
  },
  errors: {
    network: 'تعذّر الاتصال بالخادم. يُرجى التحقق من الاتصال بالإنترنت والمحاولة مرة أخرى.',
    timeout: 'استغرق الخادم وقتًا طويلًا للرد. يُرجى المحاولة مرة أخرى.',
    aborted: 'تم إلغاء الطلب.',
    unauthorized: 'انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى للمتابعة.',
    forbidden: 'ليس لديك إذن بعرض هذا المحتوى.',
    'not-found': 'تعذّر العثور على ما طلبته.',
    'rate-limited': (seconds) => {
      if (seconds === undefined) return 'محاولات كثيرة جدًا. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.';
      // The rounding is waitDuration's; the words are counted here, since Intl's long units drop the digit of one.
      const wait = waitDuration(seconds, 'ar');
      const about = wait.approximate ? 'نحو ' : '';
      return `محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد ${about}${count(wait.value, waitUnits[wait.unit])}.`;
    },
    'invalid-request': 'لم يُقبل جزء مما أدخلته. يُرجى مراجعته والمحاولة مرة أخرى.',
    'invalid-response': 'أرسل الخادم ردًا تعذّرت قراءته. يُرجى المحاولة لاحقًا.',
    server: 'حدث خطأ في الخادم. يُرجى المحاولة مرة أخرى بعد قليل.',
  },
  status: {
    earned: 'تم الحصول عليها',
    'in-progress': 'قيد الإنجاز',
    expired: 'منتهية الصلاحية',
    revoked: 'ملغاة',
  },
  certList: {
    heading: 'الشهادات',
    empty: 'لا توجد اعتمادات بعد.',
    earnedOn: (date) => `تم الحصول عليها في ${date}`,
    expiresOn: (date) => `تنتهي صلاحيتها في ${date}`,
    expiredOn: (date) => `انتهت صلاحيتها في ${date}`,
    credentialId: 'معرّف بيانات الاعتماد',
    examsPassed: (passed, total) => `تم اجتياز ${num(passed)} من ${count(total, exams)}`,
    certificateAfterFinalExam: 'تصدر الشهادة بعد اجتياز الاختبار النهائي.',
    examProgress: (title) => `التقدم في الاختبارات: ${title}`,
    passedExams: 'تم اجتيازها:',
    examPassedOn: (date) => `تم اجتيازه في ${date}`,
    remainingExams: 'المتبقية:',
    expiresInDays: (n) => (n === 0 ? 'تنتهي صلاحيتها اليوم' : `تنتهي صلاحيتها بعد ${count(n, days)}`),
    renew: 'تجديد',
    revokedNote: 'تم إلغاء هذا الاعتماد، ولم تعد شهادته صالحة.',
    addToLinkedIn: 'إضافة إلى الملف الشخصي على LinkedIn',
    addToLinkedInFor: (title) => `إضافة إلى الملف الشخصي على LinkedIn: ${title} (يُفتح في علامة تبويب جديدة)`,
    selectAll: 'تحديد الكل',
    clearSelection: 'إلغاء التحديد',
    selectedCount: (n) => (n === 0 ? 'لم يتم تحديد أي شهادة' : `تم تحديد ${count(n, certificates)}`),
    search: 'البحث في الاعتمادات',
    searchPlaceholder: 'العنوان أو الرمز',
    sortBy: 'الترتيب حسب',
    sortOrders: { newest: 'الأحدث أولًا', oldest: 'الأقدم أولًا', title: 'العنوان (أبجديًا)' },
    shownCount: (shown, total) => `عرض ${num(shown)} من ${num(total)}`,
    noMatches: 'لا توجد اعتمادات تطابق بحثك.',
    preview: 'معاينة',
    download: 'تنزيل',
    downloadPdf: 'تنزيل PDF',
    downloadZip: (n) => `تنزيل ${count(n, certificates)} في ملف ZIP`,
    failed: 'فشل التنزيل. تم الاحتفاظ بتحديدك.',
    nothingSelected: 'يُرجى تحديد شهادة واحدة على الأقل أولًا.',
    noLearner: 'تعذّر تحميل اسمك الذي يظهر على كل شهادة. يُرجى المحاولة مرة أخرى.',
    helpLink: 'لا أرى شهادة حصلت عليها',
    helpText:
      'تظهر الشهادات هنا بمجرد إصدارها. والاعتماد الذي يتطلب عدة اختبارات لا تصدر شهادته إلا بعد اجتياز الاختبار النهائي، لذا يظهر على أنه قيد الإنجاز حتى ذلك الحين.',
    previewTitle: (title) => `معاينة الشهادة: ${title}`,
    preparingPreview: 'جارٍ تجهيز المعاينة…',
    previewImage: (title, name) => `شهادة: ${title}، ${name}`,
    previewVerify: 'يمكن لأي شخص التحقق من هذه الشهادة على',
    previewVerifyLink: (url) => `${url} (يُفتح في علامة تبويب جديدة)`,
    previewOfficial: 'الملف الذي يتم تنزيله هو ملف PDF الرسمي من جهة التدريب؛ وتعرض هذه المعاينة البيانات نفسها.',
    preparingPdf: 'جارٍ تجهيز ملف PDF…',
    progress: (done, total) => `جارٍ إنشاء الشهادة ${num(Math.min(done + 1, total))} من ${num(total)}…`,
    zipping: 'جارٍ إنشاء ملف ZIP…',
    downloaded: (n) => (n === 1 ? 'شهادتك جاهزة.' : `تم تجهيز ${count(n, certificates)}.`),
    cancelled: 'تم إلغاء التنزيل. تم الاحتفاظ بتحديدك.',
  },
  badges: {
    heading: 'الشارات',
    empty: 'لا توجد شارات بعد.',
    issuedBy: (issuer) => `صادرة عن ${issuer}`,
    issuedOn: (date) => `صدرت في ${date}`,
    expiresOn: (date) => `تنتهي صلاحيتها في ${date}`,
    expiredOn: (date) => `انتهت صلاحيتها في ${date}`,
    imageAlt: (name) => `شارة: ${name}`,
    criteria: 'كيفية الحصول على هذه الشارة',
    verify: 'التحقق من هذه الشارة',
    verifyLink: (name) => `التحقق من هذه الشارة: ${name} (يُفتح في علامة تبويب جديدة)`,
    actions: (name) => `مشاركة ${name}`,
    addToProfile: 'إضافة إلى الملف الشخصي على LinkedIn',
    share: 'مشاركة',
    shareOn: (network) => `المشاركة على ${network}`,
    email: 'المشاركة عبر البريد الإلكتروني',
    copyLink: 'نسخ الرابط',
    linkCopied: 'تم نسخ الرابط',
    shareNative: 'تطبيقات أخرى…',
    embed: 'تضمين',
    embedLabel: 'رمز HTML لعرض هذه الشارة على صفحتك',
    copyEmbed: 'نسخ رمز HTML',
    embedCopied: 'تم نسخ رمز HTML',
    download: 'تنزيل الصورة',
    downloaded: 'تم تنزيل الصورة',
    shareText: (name, issuer) => `حصلت على شارة «${name}» من ${issuer}.`,
    emailSubject: (name) => `شارتي: ${name}`,
    emailBody: (name, issuer, url) => `حصلت على شارة «${name}» من ${issuer}.\n\nيمكنك الاطلاع عليها هنا: ${url}`,
    copyFailed: 'لم يسمح المتصفح بالنسخ. يُرجى تحديد النص ونسخه يدويًا.',
    shareFailed: 'تعذّر فتح قائمة المشاركة. يُرجى تجربة طريقة أخرى للمشاركة.',
    downloadFailed: 'تعذّر تنزيل صورة الشارة. يُرجى المحاولة مرة أخرى.',
    openBadgeErrors: {
      malformed: 'بيانات هذه الشارة تالفة أو غير مكتملة، لذا يتعذّر عرضها.',
      'not-open-badge': 'هذه ليست شارة Open Badge.',
      'not-baked': 'لا تحتوي هذه الصورة على بيانات Open Badges.',
      unresolved: 'جزء من هذه الشارة مخزَّن على موقع آخر وتعذّر تحميله. يُرجى المحاولة لاحقًا.',
      'unsupported-image': 'لا يمكن أن تحمل بيانات Open Badges إلا صور PNG وSVG.',
    },
  },
  transcript: {
    heading: 'السجل الأكاديمي',
    certifications: 'الاعتمادات',
    expiredCertifications: 'الاعتمادات المنتهية الصلاحية',
    exams: 'الاختبارات التي تم اجتيازها',
    generatedOn: (date) => `تم إنشاؤه في ${date}`,
    title: 'العنوان',
    verify: 'التحقق',
    verifyLink: (title) => `التحقق من ${title} (يُفتح في علامة تبويب جديدة)`,
    code: 'الرمز',
    earned: 'تاريخ الحصول',
    expires: 'تنتهي في',
    expiredOn: 'انتهت في',
    exam: 'الاختبار',
    passedOn: 'تاريخ الاجتياز',
    noCertifications: 'لا توجد اعتمادات سارية.',
    noExams: 'لم يتم اجتياز أي اختبار بعد.',
    emailLabel: 'البريد الإلكتروني',
    // «العنوان» alone is also the title column's word: the address says «البريدي».
    addressLabel: 'العنوان البريدي',
    actions: 'إجراءات السجل الأكاديمي',
    email: 'البريد الإلكتروني',
    pdf: 'PDF',
    share: 'مشاركة',
    includeAddress: 'تضمين عنواني البريدي',
    pdfDialogTitle: 'تنزيل سجلك الأكاديمي بصيغة PDF',
    downloadPdf: 'تنزيل PDF',
    preparingPdf: 'جارٍ تجهيز ملف PDF…',
    pdfDownloaded: 'تم تنزيل ملف PDF.',
    pdfFailed: (reason) => `تعذّر إنشاء ملف PDF. ${reason}`,
    emailDialogTitle: 'إرسال سجلك الأكاديمي بالبريد الإلكتروني',
    emailIntro: 'نرسل نسخة من سجلك الأكاديمي إلى العنوان الذي تدخله.',
    recipient: 'البريد الإلكتروني للمستلم',
    useMyAddress: (email) => `استخدام عنواني (${email})`,
    send: 'إرسال',
    sending: 'جارٍ الإرسال…',
    emailSent: (to) => `تم إرسال سجلك الأكاديمي إلى ${to}.`,
    emailRequired: 'يُرجى إدخال عنوان بريد إلكتروني.',
    emailInvalid: 'يُرجى إدخال عنوان بريد إلكتروني مثل name@example.com.',
    emailFailed: (reason) => `لم يتم إرسال السجل الأكاديمي. ${reason}`,
    shareDialogTitle: 'مشاركة سجلك الأكاديمي',
    shareIntro:
      'يمكن لأي شخص لديه معرّف السجل الأكاديمي ورمز الوصول عرض سجلك الأكاديمي إلى أن تنتهي صلاحية المشاركة أو تلغيها.',
    accessCode: 'رمز الوصول',
    accessCodeHint: (min, max) =>
      `من ${num(min)} إلى ${count(max, characters)}. يمكنك لصق الرمز أو استخدام مدير كلمات المرور.`,
    confirmAccessCode: 'إعادة إدخال رمز الوصول',
    showAccessCode: 'إظهار رمز الوصول',
    show: 'إظهار',
    codeRequired: 'يُرجى إدخال رمز الوصول.',
    codeTooShort: (min) => `يجب أن يتكون رمز الوصول من ${count(min, characters)} على الأقل.`,
    codeTooLong: (max) => `يجب ألا يزيد رمز الوصول على ${count(max, characters)}.`,
    codeMismatch: 'رمزا الوصول غير متطابقين.',
    createShare: 'إنشاء مشاركة',
    creating: 'جارٍ الإنشاء…',
    shareCreated: 'تم إنشاء المشاركة.',
    transcriptId: 'معرّف السجل الأكاديمي',
    shareUrl: 'رابط السجل الأكاديمي المشترك',
    copyLink: 'نسخ الرابط',
    linkCopied: 'تم نسخ الرابط.',
    copyFailed: 'لم يسمح المتصفح بالنسخ. يُرجى تحديد الرابط ونسخه يدويًا.',
    codeNotInUrl: 'رمز الوصول غير موجود في الرابط. يُرجى إبلاغ الشخص به بشكل منفصل، عبر الهاتف مثلًا.',
    noShareUrl: 'يُرجى إعطاء الشخص معرّف السجل الأكاديمي، وإبلاغه برمز الوصول بشكل منفصل.',
    createAnother: 'إنشاء مشاركة أخرى',
    shareFailed: (reason) => `لم يتم إنشاء المشاركة. ${reason}`,
    yourShares: 'مشاركاتك',
    noShares: 'ليست لديك مشاركات نشطة.',
    sharedOn: (date) => `تمت المشاركة في ${date}`,
    sharedUntil: (date) => `حتى ${date}`,
    addressIncluded: 'يتضمن العنوان البريدي',
    addressNotIncluded: 'بدون العنوان البريدي',
    // «إلغاء» alone is Cancel: revoking says what it ends.
    revoke: 'إلغاء المشاركة',
    revokeShare: (id) => `إلغاء المشاركة ${id}`,
    confirmRevoke: (id) =>
      `هل تريد إلغاء المشاركة ${id}؟ لن يتمكن من لديه رمز الوصول الخاص بها من عرض سجلك الأكاديمي بعد الآن.`,
    confirmRevokeAction: 'نعم، إلغاء المشاركة',
    keepShare: 'الإبقاء عليها',
    shareRevoked: (id) => `تم إلغاء المشاركة ${id}.`,
    revokeFailed: (reason) => `لم يتم إلغاء المشاركة. ${reason}`,
    shareSuspended: (date) =>
      `عُلّقت في ${date}: أدخل شخص ما رموز وصول خاطئة مرات عديدة. لا يمكن لأحد فتحها، حتى باستخدام الرمز الصحيح.`,
    shareSuspendedResume: 'يمكنك استئنافها إذا كنت تثق برمزها؛ وإلا فيُرجى إلغاؤها وإنشاء مشاركة جديدة.',
    shareSuspendedRevoke: 'يُرجى إلغاؤها وإنشاء مشاركة جديدة برمز جديد.',
    resume: 'استئناف',
    resumeShare: (id) => `استئناف المشاركة ${id}`,
    resuming: 'جارٍ الاستئناف…',
    shareResumed: (id) => `تم استئناف المشاركة ${id}.`,
    resumeFailed: (reason) => `لم يتم استئناف المشاركة. ${reason}`,
    codeTooCommon: 'رمز الوصول هذا شائع جدًا ويمكن لأي شخص تخمينه. يُرجى اختيار رمز آخر، مثل بضع كلمات لا علاقة بينها.',
    sharedFormTitle: 'عرض سجل أكاديمي مشترك',
    sharedFormIntro: 'يُرجى إدخال معرّف السجل الأكاديمي ورمز الوصول اللذين تلقيتهما من المتعلم.',
    idRequired: 'يُرجى إدخال معرّف السجل الأكاديمي.',
    viewTranscript: 'عرض السجل الأكاديمي',
    opening: 'جارٍ الفتح…',
    noMatch: 'لا يوجد سجل أكاديمي مشترك يطابق معرّف السجل ورمز الوصول هذين. يُرجى التحقق منهما والمحاولة مرة أخرى.',
    sharedSuspended:
      'هذا السجل الأكاديمي المشترك معلّق: أدخل شخص ما رموز وصول خاطئة مرات عديدة. يُرجى أن تطلب من الشخص الذي شاركه استئنافه.',
    sharedNotice: 'سجل أكاديمي تمت مشاركته معك. للقراءة فقط.',
    sharedBy: (name, date) => `شاركه ${name} في ${date}`,
    sharedByUntil: (name, date, until) => `شاركه ${name} في ${date}، وهو صالح حتى ${until}`,
    partnerLogo: 'شعار الموقع الذي يشارك هذا السجل الأكاديمي',
    viewAnother: 'عرض سجل أكاديمي آخر',
    pdfTitle: 'السجل الأكاديمي',
    pdfDocumentTitle: (name) => `السجل الأكاديمي: ${name}`,
    pageOf: (page, total) => `الصفحة ${num(page)} من ${num(total)}`,
    fileLabel: 'السجل الأكاديمي',
  },
  pdf: {
    heading: 'شهادة إنجاز',
    // One sentence around the name, «تشهد هذه الوثيقة بحصول [الاسم] على الاعتماد [العنوان]», with no verb to agree with the holder's gender.
    certifies: 'تشهد هذه الوثيقة بحصول',
    hasEarned: 'على الاعتماد',
    earnedOn: 'تاريخ الحصول',
    expiresOn: 'صالحة حتى',
    expiredOn: 'انتهت صلاحيتها في',
    noExpiry: 'لا تنتهي صلاحيتها',
    credentialId: 'معرّف بيانات الاعتماد',
    verify: 'التحقق على',
    scanToVerify: 'مسح الرمز للتحقق',
    issuedBy: (issuer) => `صادرة عن ${issuer}`,
    documentTitle: (title, name) => `${title}: ${name}`,
    zipFileLabel: 'الشهادات',
    errors: {
      'uncovered-characters': (chars) =>
        `لا يمكن لملف PDF عرض ${chars}: لا يتوفر خط يدعمها. يُرجى أن تطلب من الموقع إضافة خط.`,
      'load-failed': 'تعذّر تحميل خط لملف PDF. يُرجى التحقق من الاتصال بالإنترنت والمحاولة مرة أخرى.',
      'unsupported-font': 'لا يمكن استخدام خط تم إعداده لملفات PDF على هذا الموقع. يُرجى أن تطلب من الموقع إصلاحه.',
      'not-issued': 'لا توجد شهادة لهذا الاعتماد: فهو قيد الإنجاز أو تم إلغاؤه.',
    },
  },
  dashboard: {
    greeting: (name) => `سجل التعلم: ${name}`,
    untitled: 'سجل التعلم الخاص بك',
    sections: 'الأقسام',
  },
  verify: {
    heading: 'التحقق من بيانات الاعتماد',
    verdicts: {
      valid: 'بيانات اعتماد صالحة',
      expired: 'بيانات اعتماد منتهية الصلاحية',
      revoked: 'بيانات اعتماد ملغاة',
      'not-found': 'لم يتم العثور على بيانات الاعتماد',
    },
    explain: {
      valid: 'بيانات الاعتماد هذه أصلية وسارية.',
      expired: (date) => `بيانات الاعتماد هذه أصلية، لكن انتهت صلاحيتها في ${date}.`,
      revoked: 'ألغت الجهة المُصدِرة بيانات الاعتماد هذه، ولم تعد صالحة.',
      'not-found': 'لا توجد بيانات اعتماد بهذا المعرّف. يُرجى التأكد من إدخاله تمامًا كما هو مطبوع على الشهادة.',
    },
    holder: 'صاحب الاعتماد',
    certification: 'الاعتماد',
    code: 'الرمز',
    issuer: 'الجهة المُصدِرة',
    earnedOn: 'تاريخ الحصول',
    expiresOn: 'صالحة حتى',
    expiredOn: 'انتهت صلاحيتها في',
    noExpiry: 'لا تنتهي صلاحيتها',
    credentialId: 'معرّف بيانات الاعتماد',
    checkedAt: (when) => `تم التحقق في ${when}`,
    formLabel: 'معرّف بيانات الاعتماد',
    formHint: 'المعرّف المطبوع على الشهادة أسفل رمز QR.',
    verify: 'التحقق',
    checking: 'جارٍ التحقق…',
    verifyAnother: 'التحقق من بيانات اعتماد أخرى',
    print: 'طباعة',
    unsupported: 'لا يمكن لهذا الموقع التحقق من بيانات الاعتماد.',
  },
};
