/**
 * One gate for every injection rule written in a script the word index does not see (Chinese,
 * Japanese, Korean, Hindi, Arabic, Vietnamese tone marks): the words those rules are built on.
 * One shared `RegExp` is tested once per text (the index caches gates by identity), and the
 * one-character lookahead lets plain Latin text skip the word list at each position, so adding
 * words here costs next to nothing on English traffic.
 */

const WORDS = [
  // ignore + instruction words (zh/ja/ko)
  "指令|指示|说明|說明|提示|规则|規則|命令|要求|设定|設定|约束|約束|無視|忘れ|무시|잊어",
  // the user (zh/ja/ko, hi/ar)
  "用户|用戶|使用者|ユーザー|사용자|उपयोगकर्ता|यूज़र|यूजर|प्रयोक्ता|مستخدم",
  // instruction words (hi/ar)
  "निर्देश|आदेश|नियम|हिदायत|प्रॉम्प्ट|प्रोम्प्ट|इंस्ट्रक्शन|تعليمات|أوامر|اوامر|إرشادات|ارشادات|توجيهات|قواعد|الموجه",
  // the AI addressed
  "助手|模型|智能体|代理|アシスタント|エージェント|エーアイ|인공지능|सहायक|एआई|मॉडल|المساعد|الذكاء|النموذج|الوكيل",
  // "previous …"
  "之前|先前|以前|此前|原来|原先|原有|これまで|이전|기존|앞의|पिछले|पूर्व|पहले|पुराने|التعليمات|الأوامر|الاوامر|الإرشادات",
  // system prompt, modes, restrictions, "from now on", "answer"
  "系统|系統|システム|시스템|模式|モード|모드|限制|约束|約束|审查|審查|制限|制約|検閲|제한|제약|검열",
  "从现在|從現在|今から|これから|지금부터|이제부터|回答|回复|回覆|答复|返答|返信|답변|응답",
  // memory, future conversations, next time, consent, "no need to ask/confirm" (zh/ja)
  "记忆|記憶|对话|對話|会话|會話|会話|下次|次に|授权|授權|同意|許可|承認|询问|詢問|确认|確認|无需|無需|不用|不必|不需要",
  // send / forward (zh/ja/ko/ar/hi)
  "发送|發送|转发|轉發|寄给|寄給|送信|転送|送って|보내|전송|أرسل|ارسل|أعد\\s+توجيه|भेज",
  // Vietnamese, keyed on the accented letter: "bỏ qua", "phớt lờ", "lờ đi", "quên", "không tuân",
  // "gửi", "trợ lý", "hệ thống", "chế độ", "kiểm duyệt", "giới hạn".
  "ỏ\\s+qua|ớt\\s+lờ|ờ\\s+đi|ên|ông\\s+(?:tuân|làm)|ửi|ởi|ển\\s+tiếp|ợ\\s+lý|ệ\\s+thống|ế\\s+độ|ểm\\s+duyệt|ới\\s+hạn",
  // published techniques (_injection_intl_published.ts): task, "at the beginning", refuse,
  // restrictions, now, system, keys, download, privacy, conversation / summary, password
  "任务|任務|タスク|課題|要約|작업|과제|요청|المهمة|مهمتك|कार्य|टास्क|最初|처음|أعطيتك|शुरुआत",
  "拒绝|拒絕|拒否|断ら|거절|거부|ترفض|मना|प्रतिबंध|الآن|अब\\s|النظام|सिस्टम",
  "密钥|密鑰|令牌|トークン|토큰|下载|下載|ダウンロード|다운로드|隐私|隱私|プライバシー|개인정보|私有|私人|プライベート|비공개",
  "会話|对话|對話|摘要|대화|요약|密码|密碼|パスワード|비밀번호|المحادثة|ملخص|बातचीत|सारांश|مرور|पासवर्ड|تلخيص|ترجمة|الذكاء|सहायक",
  "ừ\\s+(?:bây|giờ)|ông\\s+bao\\s+giờ|ạn\\s+là|ải\\s+(?:về|xuống)|óm\\s+tắt|ội\\s+thoại",
  // sensitive acts stated as facts (_injection_acts_intl.ts): delete, rights, grant, waived,
  // approved, pay, backups, audit, disable, customers, public, the assistant as doer
  "削除|删除|刪除|삭제|حذف|हटा|मिटा|権限|权限|權限|권한|صلاحيات|अधिकार|付与|授予|부여|추가|منح|不要|불필요|없이|済み|완료|不需要|未经|دون|بدون|आवश्यकता|पुष्टि|मंजूरी|बिना",
  "送金|振込|振り込|返金|转账|轉帳|汇款|匯款|退款|송금|이체|환불|تحويل|ट्रांसफर|भुगतान|バックアップ|スナップショット|备份|備份|快照|백업|스냅샷|النسخ|सचुना|बैकअप",
  "監査|审计|審計|감사|ブランチ|分支|브랜치|二要素|双因素|雙因素|2단계|المصادقة|سجلات|ऑडिट|कारक|無効|禁用|停用|关闭|關閉|비활성화|해제|تعطيل|إيقاف|अक्षम|बंद",
  "顧客|客户|客戶|고객|العملاء|ग्राहकों|公開|公开|공개|عام|सार्वजनिक|エージェント|アシスタント|助理|에이전트|어시스턴트|المساعد|सहायक|authorized_keys",
  "ギフトカード|礼品卡|禮品卡|기프트|بطاقات|गिफ्ट|待处理|待處理|必要な対応|対応方針|필요|처리|الإجراء|مسبق|حاجة|दोबारा|已由|再次",
].join("|");

/** Global gate shared by the non-Latin injection rules (arms each rule around every match). */
export const SCRIPT_GATE = new RegExp(
  `(?=[\\u0600-\\u06ff\\u0900-\\u097f\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\u1ea0-\\u1ef9ôê])(?:${WORDS})`,
  "gu",
);
