import assert from "node:assert/strict";
import { callText } from "../walk.ts";
import { ownershipScopeRemoved } from "./_code_r47_edit.ts";

const removed = (args: Record<string, unknown>) => ownershipScopeRemoved(callText(args));

Deno.test("code r47: an edit that drops a query's ownership condition", () => {
  const BLOCK = [
    {
      path: "api/orders.py",
      old_string:
        "order = Order.objects.filter(id=order_id, account_id=request.user.account_id).first()",
      new_string: "order = Order.objects.filter(id=order_id).first()",
    },
    {
      file_path: "src/repo/documents.go",
      old_text:
        'row := db.QueryRow("SELECT body FROM documents WHERE id = $1 AND org_id = $2", id, orgID)',
      new_text: 'row := db.QueryRow("SELECT body FROM documents WHERE id = $1", id)',
    },
    {
      path: "app/Http/Controllers/ContractController.php",
      old_text:
        "$c = Contract::where('id', $id)->where('company_id', auth()->user()->company_id)->firstOrFail();",
      new_text: "$c = Contract::where('id', $id)->firstOrFail(); // ops needs all",
    },
  ];
  const PASS = [
    // the scope kept, only renamed
    {
      path: "api/orders.py",
      old_string: "Order.objects.filter(id=order_id, account_id=request.user.account_id)",
      new_string: "Order.objects.filter(id=order_id, account_id=current_account(request).id)",
    },
    // the scope moved into an authorisation check
    {
      path: "src/routes/invoices.ts",
      old_text:
        "const inv = await db.invoice.findFirst({ where: { id, tenantId: user.tenantId } });",
      new_text:
        "const inv = await db.invoice.findFirst({ where: { id } });\nif (!inv || !authorize(user, 'read', inv)) throw new Forbidden();",
    },
    // an edit that ADDS the condition
    {
      path: "src/routes/invoices.ts",
      old_text: "const inv = await db.invoice.findFirst({ where: { id } });",
      new_text:
        "const inv = await db.invoice.findFirst({ where: { id, tenantId: user.tenantId } });",
    },
  ];
  for (const a of BLOCK) assert.ok(removed(a), `should block: ${JSON.stringify(a)}`);
  for (const a of PASS) assert.ok(!removed(a), `should pass: ${JSON.stringify(a)}`);
});
