/**
 * The wording of the transcript e-mail, in each language the server writes it in. The server may
 * not import the widgets' message tables (src/i18n), so the e-mail keeps its own, small one here;
 * its words match the widgets' where they say the same thing.
 */

export const MAIL_LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'ja', 'zh', 'ko', 'ar'] as const;
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

const fr: MailMessages = {
  subject: (name) => `Relevé de notes de ${name}`,
  generated: (when) => `Généré le ${when}`,
  emailLabel: 'E-mail',
  addressLabel: 'Adresse',
  certifications: 'Certifications',
  expiredCertifications: 'Certifications expirées',
  exams: 'Examens réussis',
  noCertifications: 'Aucune certification active.',
  noExams: 'Aucun examen réussi pour l’instant.',
  earned: (date) => `Obtenue le ${date}`,
  expires: (date) => `expire le ${date}`,
  expired: (date) => `expirée le ${date}`,
  noExpiry: 'sans date d’expiration',
  credentialId: 'ID de certification',
  verify: 'Vérifier sur',
  passedOn: 'Réussi le',
  code: 'Code',
  exam: 'Examen',
  sentFor: (name, to) => `${name} a demandé l’envoi de cet e-mail à ${to}.`,
};

const de: MailMessages = {
  subject: (name) => `Leistungsübersicht von ${name}`,
  generated: (when) => `Erstellt am ${when}`,
  emailLabel: 'E-Mail',
  addressLabel: 'Adresse',
  certifications: 'Zertifizierungen',
  expiredCertifications: 'Abgelaufene Zertifizierungen',
  exams: 'Bestandene Prüfungen',
  noCertifications: 'Keine aktiven Zertifizierungen.',
  noExams: 'Noch keine bestandenen Prüfungen.',
  earned: (date) => `Erworben am ${date}`,
  expires: (date) => `gültig bis ${date}`,
  expired: (date) => `abgelaufen am ${date}`,
  noExpiry: 'unbefristet gültig',
  credentialId: 'Nachweis-ID',
  verify: 'Prüfen unter',
  passedOn: 'Bestanden',
  code: 'Code',
  exam: 'Prüfung',
  sentFor: (name, to) => `${name} hat veranlasst, dass diese E-Mail an ${to} gesendet wird.`,
};

// Brazilian wording; pt-PT readers get it too.
const pt: MailMessages = {
  subject: (name) => `Histórico acadêmico de ${name}`,
  generated: (when) => `Gerado em ${when}`,
  emailLabel: 'E-mail',
  addressLabel: 'Endereço',
  certifications: 'Certificações',
  expiredCertifications: 'Certificações expiradas',
  exams: 'Exames aprovados',
  noCertifications: 'Nenhuma certificação ativa.',
  noExams: 'Nenhum exame aprovado ainda.',
  earned: (date) => `Obtida em ${date}`,
  expires: (date) => `expira em ${date}`,
  expired: (date) => `expirou em ${date}`,
  noExpiry: 'não expira',
  credentialId: 'ID da credencial',
  verify: 'Verifique em',
  passedOn: 'Aprovado em',
  code: 'Código',
  exam: 'Exame',
  sentFor: (name, to) => `${name} pediu que este e-mail fosse enviado para ${to}.`,
};

const it: MailMessages = {
  subject: (name) => `Riepilogo dei risultati di ${name}`,
  generated: (when) => `Generato il ${when}`,
  emailLabel: 'E-mail',
  addressLabel: 'Indirizzo',
  certifications: 'Certificazioni',
  expiredCertifications: 'Certificazioni scadute',
  exams: 'Esami superati',
  noCertifications: 'Nessuna certificazione attiva.',
  noExams: 'Nessun esame superato finora.',
  earned: (date) => `Conseguita il ${date}`,
  expires: (date) => `scade il ${date}`,
  expired: (date) => `scaduta il ${date}`,
  noExpiry: 'senza scadenza',
  credentialId: 'ID credenziale',
  verify: 'Verifica su',
  passedOn: 'Superato',
  code: 'Codice',
  exam: 'Esame',
  sentFor: (name, to) => `${name} ha chiesto di inviare questa e-mail a ${to}.`,
};

const nl: MailMessages = {
  subject: (name) => `Resultatenoverzicht van ${name}`,
  generated: (when) => `Gemaakt op ${when}`,
  emailLabel: 'E-mail',
  addressLabel: 'Adres',
  certifications: 'Certificeringen',
  expiredCertifications: 'Verlopen certificeringen',
  exams: 'Behaalde examens',
  noCertifications: 'Geen actieve certificeringen.',
  noExams: 'Nog geen behaalde examens.',
  earned: (date) => `Behaald op ${date}`,
  expires: (date) => `verloopt op ${date}`,
  expired: (date) => `verlopen op ${date}`,
  noExpiry: 'verloopt niet',
  credentialId: 'Certificerings-ID',
  verify: 'Controleer op',
  passedOn: 'Behaald',
  code: 'Code',
  exam: 'Examen',
  sentFor: (name, to) => `${name} heeft gevraagd deze e-mail naar ${to} te sturen.`,
};

const pl: MailMessages = {
  // „Wykaz osiągnięć: Name” keeps the name undeclined.
  subject: (name) => `Wykaz osiągnięć: ${name}`,
  generated: (when) => `Wygenerowano ${when}`,
  emailLabel: 'E-mail',
  addressLabel: 'Adres',
  certifications: 'Certyfikacje',
  expiredCertifications: 'Wygasłe certyfikacje',
  exams: 'Zdane egzaminy',
  noCertifications: 'Brak aktywnych certyfikacji.',
  noExams: 'Brak zdanych egzaminów.',
  earned: (date) => `Uzyskano ${date}`,
  expires: (date) => `wygasa ${date}`,
  expired: (date) => `wygasła ${date}`,
  noExpiry: 'bezterminowa',
  credentialId: 'Identyfikator poświadczenia',
  verify: 'Zweryfikuj na stronie',
  passedOn: 'Data zdania',
  code: 'Kod',
  exam: 'Egzamin',
  sentFor: (name, to) => `Ta wiadomość została wysłana na adres ${to} na prośbę tej osoby: ${name}.`,
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

export const MAIL_MESSAGES: Readonly<Record<MailLanguage, MailMessages>> = {
  en,
  es,
  fr,
  de,
  pt,
  it,
  nl,
  pl,
  ja,
  zh,
  ko,
  ar,
};

/** The language an e-mail is written in for a canonical BCP 47 tag: its primary language if the server has it, else English. */
export function mailLanguageOf(lang: string | null): MailLanguage {
  const primary = lang?.split('-')[0]?.toLowerCase();
  return MAIL_LANGUAGES.find((l) => l === primary) ?? 'en';
}
