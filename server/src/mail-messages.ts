/**
 * The wording of the transcript e-mail, in each language the server writes it in. The server may
 * not import the widgets' message tables (src/i18n), so the e-mail keeps its own, small one here;
 * its words match the widgets' where they say the same thing.
 */

export const MAIL_LANGUAGES = ['en', 'es', 'ja', 'zh', 'ko', 'ar'] as const;
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

export interface MailMessages {
  subject: (name: string) => string;
  generated: (when: string) => string;
  emailLabel: string;
  addressLabel: string;
  certifications: string;
  expiredCertifications: string;
  exams: string;
  noCertifications: string;
  noExams: string;
  earned: (date: string) => string;
  expires: (date: string) => string;
  expired: (date: string) => string;
  noExpiry: string;
  credentialId: string;
  verify: string;
  passedOn: string;
  code: string;
  exam: string;
  sentFor: (name: string, to: string) => string;
}

const en: MailMessages = {
  subject: (name) => `Academic transcript of ${name}`,
  generated: (when) => `Generated ${when}`,
  emailLabel: 'E-mail',
  addressLabel: 'Address',
  certifications: 'Certifications',
  expiredCertifications: 'Expired certifications',
  exams: 'Passed exams',
  noCertifications: 'No active certifications.',
  noExams: 'No passed exams yet.',
  earned: (date) => `Earned ${date}`,
  expires: (date) => `expires ${date}`,
  expired: (date) => `expired ${date}`,
  noExpiry: 'does not expire',
  credentialId: 'Credential ID',
  verify: 'Verify at',
  passedOn: 'Passed',
  code: 'Code',
  exam: 'Exam',
  sentFor: (name, to) => `${name} asked for this e-mail to be sent to ${to}.`,
};

const es: MailMessages = {
  subject: (name) => `Expediente académico de ${name}`,
  generated: (when) => `Generado el ${when}`,
  emailLabel: 'Correo electrónico',
  addressLabel: 'Dirección',
  certifications: 'Certificaciones',
  expiredCertifications: 'Certificaciones caducadas',
  exams: 'Exámenes aprobados',
  noCertifications: 'No hay certificaciones activas.',
  noExams: 'Todavía no hay exámenes aprobados.',
  earned: (date) => `Obtenida el ${date}`,
  expires: (date) => `caduca el ${date}`,
  expired: (date) => `caducó el ${date}`,
  noExpiry: 'no caduca',
  credentialId: 'ID de credencial',
  verify: 'Verificar en',
  passedOn: 'Aprobado',
  code: 'Código',
  exam: 'Examen',
  sentFor: (name, to) => `${name} pidió que se enviara este correo a ${to}.`,
};

const ja: MailMessages = {
  subject: (name) => `${name}さんの成績証明書`,
  generated: (when) => `${when}に作成`,
  emailLabel: 'メールアドレス',
  addressLabel: '住所',
  certifications: '認定資格',
  expiredCertifications: '期限切れの認定資格',
  exams: '合格した試験',
  noCertifications: '有効な認定資格はありません。',
  noExams: 'まだ合格した試験はありません。',
  earned: (date) => `${date}に取得`,
  expires: (date) => `有効期限: ${date}`,
  expired: (date) => `${date}に期限切れ`,
  noExpiry: '有効期限なし',
  credentialId: '資格情報 ID',
  verify: '検証先:',
  passedOn: '合格日',
  code: 'コード',
  exam: '試験',
  sentFor: (name, to) => `このメールは、${name}さんの依頼により ${to} 宛てに送信されました。`,
};

// Simplified Chinese; zh-TW and zh-Hant readers get it too until a Traditional table exists.
const zh: MailMessages = {
  subject: (name) => `${name} 的学业成绩单`,
  generated: (when) => `生成于 ${when}`,
  emailLabel: '电子邮件',
  addressLabel: '地址',
  certifications: '认证',
  expiredCertifications: '已过期的认证',
  exams: '已通过的考试',
  noCertifications: '没有有效的认证。',
  noExams: '暂无已通过的考试。',
  earned: (date) => `获得于 ${date}`,
  expires: (date) => `${date} 到期`,
  expired: (date) => `已于 ${date} 过期`,
  noExpiry: '长期有效',
  credentialId: '凭据 ID',
  verify: '验证网址：',
  passedOn: '通过日期',
  code: '代码',
  exam: '考试',
  sentFor: (name, to) => `${name} 请求将此邮件发送至 ${to}。`,
};

const ko: MailMessages = {
  subject: (name) => `${name} 님의 성적 증명서`,
  generated: (when) => `${when} 생성`,
  emailLabel: '이메일',
  addressLabel: '주소',
  certifications: '인증',
  expiredCertifications: '만료된 인증',
  exams: '합격한 시험',
  noCertifications: '유효한 인증이 없습니다.',
  noExams: '아직 합격한 시험이 없습니다.',
  earned: (date) => `${date} 취득`,
  expires: (date) => `${date} 만료 예정`,
  expired: (date) => `${date} 만료됨`,
  noExpiry: '만료 없음',
  credentialId: '자격 증명 ID',
  verify: '확인 주소:',
  passedOn: '합격일',
  code: '코드',
  exam: '시험',
  sentFor: (name, to) => `${name} 님의 요청에 따라 이 이메일을 다음 주소로 보냈습니다: ${to}`,
};

// Modern Standard Arabic, worded so that nothing depends on the gender of the learner.
const ar: MailMessages = {
  subject: (name) => `السجل الأكاديمي: ${name}`,
  generated: (when) => `تم إنشاؤه في ${when}`,
  emailLabel: 'البريد الإلكتروني',
  addressLabel: 'العنوان البريدي',
  certifications: 'الاعتمادات',
  expiredCertifications: 'الاعتمادات المنتهية الصلاحية',
  exams: 'الاختبارات التي تم اجتيازها',
  noCertifications: 'لا توجد اعتمادات سارية.',
  noExams: 'لم يتم اجتياز أي اختبار بعد.',
  earned: (date) => `تم الحصول عليها في ${date}`,
  expires: (date) => `تنتهي صلاحيتها في ${date}`,
  expired: (date) => `انتهت صلاحيتها في ${date}`,
  noExpiry: 'لا تنتهي صلاحيتها',
  credentialId: 'معرّف بيانات الاعتماد',
  verify: 'التحقق على:',
  passedOn: 'تاريخ الاجتياز',
  code: 'الرمز',
  exam: 'الاختبار',
  sentFor: (name, to) => `أُرسلت هذه الرسالة إلى ${to} بناءً على طلب ${name}.`,
};

export const MAIL_MESSAGES: Readonly<Record<MailLanguage, MailMessages>> = { en, es, ja, zh, ko, ar };

/** The language an e-mail is written in for a canonical BCP 47 tag: its primary language if the server has it, else English. */
export function mailLanguageOf(lang: string | null): MailLanguage {
  const primary = lang?.split('-')[0]?.toLowerCase();
  return MAIL_LANGUAGES.find((l) => l === primary) ?? 'en';
}
