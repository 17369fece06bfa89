// After-sales (售后) end to end, at phone size: an order of 上海禾丰商贸 paid on
// account is shipped in one package and received in full, all through the APIs.
// In the browser the dealer opens the order, taps 申请售后, asks for a return of
// one unit with a reason and a photo, and lands on the case: 待处理, the photo
// served through the storefront. Staff accept it and receive the goods with a
// refund through the admin API; the dealer reloads and sees 已完成 with the
// refund and where it went, and the list files it under 已完成. A request made
// stale by a colleague shows the backend's refusal as it words it, and a case is
// withdrawn with 撤销申请. The backend's state is checked through its API.
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { fileURLToPath } from "node:url"
import { after, before, describe, test } from "node:test"
import {
  TEST_TIMEOUT, assertNoHorizontalOverflow, assertNoPageErrors, goto, launchBrowser, localeUrl, openPage, screenshot,
} from "./helpers.mjs"
import { BACKEND, api, approvedOrder, dealerToken, staffToken } from "./order-setup.mjs"

const DEALER = { email: "hefeng@dealer.demo", password: "DealerMall2026" }
const STAFF = { email: process.env.ADMIN_EMAIL || "admin@dealermall.local", password: process.env.ADMIN_PASSWORD }
const KEY = process.env.MEDUSA_PUBLISHABLE_KEY
const here = path.dirname(fileURLToPath(import.meta.url))
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(here, "..", "messages", file), "utf8"))
const A = readJson("afterSales.zh-CN.json").AfterSales
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]))
const cny = (n) => new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" }).format(n)

const flatten = (obj, prefix = "") =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]))

test("after-sales messages: zh-CN and en define the same keys, none empty, no namespace shared with other files", () => {
  const zh = new Map(flatten(readJson("afterSales.zh-CN.json")))
  const en = new Map(flatten(readJson("afterSales.en.json")))
  assert.deepEqual([...zh.keys()].filter((k) => !en.has(k)), [], "missing in afterSales.en.json")
  assert.deepEqual([...en.keys()].filter((k) => !zh.has(k)), [], "missing in afterSales.zh-CN.json")
  for (const [k, v] of [...zh, ...en]) assert.ok(typeof v === "string" && v.trim(), `${k} is empty`)
  const others = ["zh-CN.json", "onboarding.zh-CN.json", "wholesale.zh-CN.json", "orders.zh-CN.json", "payments.zh-CN.json"].flatMap((f) =>
    Object.keys(readJson(f))
  )
  assert.equal(others.includes("AfterSales"), false, "the AfterSales namespace is defined twice")
})

// ---- a small real PNG (the backend checks the content, not the name) ---------

const pngChunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A 320 × 240 "dented carton": brown with a dark diagonal band. */
function cartonPng(width = 320, height = 240) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const raw = Buffer.alloc((1 + width * 3) * height)
  for (let y = 0, o = 0; y < height; y++) {
    raw[o++] = 0 // filter: none
    for (let x = 0; x < width; x++) {
      const dent = Math.abs(x - y * 1.3) < 12
      raw[o++] = dent ? 90 : 176
      raw[o++] = dent ? 60 : 132
      raw[o++] = dent ? 40 : 90
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", zlib.deflateSync(raw)),
    pngChunk("IEND", Buffer.alloc(0)),
  ])
}

// ---- set-up through the APIs ----------------------------------------------------

/** Unique per run: a tracking number is refused once it is in use. */
const SF_NUMBER = `SF${String(Date.now()).slice(-11)}07`

/** Paid on account, picked, packed, shipped in one package and received in full: the order is 已完成. */
async function receivedOrder() {
  const order = await approvedOrder(DEALER, STAFF, { skip: 1 })
  const token = await dealerToken(DEALER)
  await api(`/store/dealer-orders/${order.id}/pay`, { token, json: { method: "on_account" } })
  const admin = await staffToken(STAFF)
  await api(`/admin/warehouse/orders/${order.id}/picked`, { token: admin, json: {} })
  await api(`/admin/warehouse/orders/${order.id}/packed`, { token: admin, json: {} })
  const { shipment } = await api(`/admin/warehouse/orders/${order.id}/shipments`, {
    token: admin,
    json: { carrier_code: "sf", tracking_number: SF_NUMBER },
  })
  // Lines omitted are received in full.
  await api(`/store/dealer-orders/${order.id}/shipments/${shipment.id}/receipt`, { token, json: { lines: [] } })
  const { lines } = await api(`/store/dealer-orders/${order.id}/after-sales-lines`, { token })
  const line = lines.find((l) => l.available >= 2)
  assert.ok(line, "a line with at least two units received: one is returned, one asked for and withdrawn")
  return { ...order, token, lines, line }
}

async function signIn(page, { email, password }) {
  await page.goto(localeUrl("zh-CN", "/sign-in"), { waitUntil: "load" })
  await page.locator('[data-testid="sign-in"][data-ready="true"]').waitFor()
  await page.locator("#signin-account").fill(email)
  await page.locator("#signin-password").fill(password)
  await page.locator('[data-testid="password-form"] button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === "/account")
}

const text = async (locator) => (await locator.innerText()).trim()
const caseOf = async (order, id) => (await api(`/store/after-sales/${id}`, { token: order.token })).case
const available = async (order, lineId) =>
  (await api(`/store/dealer-orders/${order.id}/after-sales-lines`, { token: order.token })).lines.find((l) => l.line_item_id === lineId).available
const statusBadge = (page) => page.locator('[data-testid="case-page"] h1 [data-testid="case-status"]')

describe(
  "after-sales: a return asked for, accepted, received and refunded",
  { skip: KEY && STAFF.password ? false : "MEDUSA_PUBLISHABLE_KEY and ADMIN_PASSWORD must be set (npm test sets them)" },
  () => {
    let browser
    let dealer
    let order
    let caseId

    before(async () => {
      browser = await launchBrowser()
      order = await receivedOrder()
    })
    after(async () => {
      await dealer?.context.close()
      await browser?.close()
    })

    test("(a) from the order, 申请售后: a return of one unit with a reason and a photo is 待处理", { timeout: TEST_TIMEOUT * 2 }, async () => {
      dealer = await openPage(browser, "phone")
      const { page } = dealer
      await signIn(page, DEALER)
      assert.match((await page.locator('[data-testid="account-afterSales-link"]').getAttribute("href")) ?? "", /\/account\/after-sales$/)

      await goto(page, "zh-CN", `/account/orders/${order.id}`)
      const apply = page.locator('[data-testid="after-sales-apply"]')
      assert.equal(await text(apply), A.entry.apply)
      await apply.click()
      await page.waitForURL((url) => url.pathname === "/account/after-sales/new" && url.searchParams.get("order") === order.id)
      const form = page.locator('[data-testid="request-form"][data-ready="true"]')
      await form.waitFor()
      assert.equal(await text(page.locator('[data-testid="request-order"]')), fill(A.form.subtitle, { id: order.display_id }))
      assert.equal(await form.locator('[data-testid="request-line"]').count(), order.lines.length, "every received line is listed")

      const line = form.locator(`[data-testid="request-line"][data-line-item-id="${order.line.line_item_id}"]`)
      assert.equal(
        await text(line.locator('[data-testid="request-line-available"]')),
        fill(A.form.receivedAvailable, { received: order.line.received, available: order.line.available })
      )
      // Sending with nothing chosen is stopped in the page, in its words.
      await form.locator('[data-testid="request-submit"]').click()
      assert.equal(await text(page.locator('[data-testid="request-error"]')), A.errors.kindRequired)

      await form.locator('label:has([data-testid="request-kind-option"][value="return"])').click()
      const select = line.locator('[data-testid="request-line-select"]')
      if (!(await select.isChecked())) await select.check()
      const quantity = line.locator('[data-testid="request-quantity"]')
      assert.equal(await quantity.inputValue(), "1")
      // + stops at what is available; − brings it back to one.
      await line.locator('[data-testid="request-increase"]').click()
      assert.equal(await quantity.inputValue(), "2")
      await line.locator('[data-testid="request-decrease"]').click()
      assert.equal(await quantity.inputValue(), "1")
      await line.locator('[data-testid="request-line-note"]').fill("外箱压坏，1 件变形")
      await line.locator('[data-testid="receipt-photo-input"]').setInputFiles({ name: "IMG_0101.png", mimeType: "image/png", buffer: cartonPng() })
      await line.locator('[data-testid="receipt-photo"]').first().waitFor({ timeout: 30_000 })

      // A reason is required.
      await form.locator('[data-testid="request-submit"]').click()
      assert.equal(await text(page.locator('[data-testid="request-error"]')), A.errors.reasonRequired)
      await form.locator('[data-testid="request-reason"]').fill("包装破损，商品变形无法销售")
      await assertNoHorizontalOverflow(page)
      await screenshot(page, "after-sales-form-zh-CN-phone")

      await form.locator('[data-testid="request-submit"]').click()
      await page.waitForURL((url) => /^\/account\/after-sales\/asc_/.test(url.pathname), { timeout: 60_000 })
      caseId = await page.locator('[data-testid="case-page"]').getAttribute("data-case-id")
      assert.equal(await statusBadge(page).getAttribute("data-status"), "requested")
      assert.equal(await text(statusBadge(page)), A.statuses.requested)
      assert.equal(await text(page.locator('[data-testid="case-title"]')), fill(A.detail.title, { kind: A.kinds.return }))
      assert.equal(await text(page.locator('[data-testid="case-created"]')), `✓ ${A.detail.created}`)
      assert.equal(await text(page.locator('[data-testid="case-reason"]')), "包装破损，商品变形无法销售")
      assert.equal(await text(page.locator('[data-testid="case-order-link"]')), `${fill(A.order, { id: order.display_id })} ›`)
      const caseLine = page.locator(`[data-testid="case-line"][data-line-item-id="${order.line.line_item_id}"]`)
      assert.equal(await text(caseLine.locator('[data-testid="case-line-quantity"]')), fill(A.detail.quantity, { count: 1 }))
      assert.equal(await text(caseLine.locator('[data-testid="case-line-note"]')), "外箱压坏，1 件变形")
      // The photo comes through the storefront (the token never reaches the browser) and decodes.
      const img = caseLine.locator('[data-testid="case-photo"] img')
      await img.scrollIntoViewIfNeeded()
      await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, await img.elementHandle(), { timeout: 15_000 })
      const photo = await page.request.get(new URL(await img.getAttribute("src"), page.url()).toString())
      assert.equal(photo.status(), 200)
      assert.match(photo.headers()["content-type"] ?? "", /^image\//)
      assert.equal(await page.locator('[data-testid="case-cancel"]').count(), 1, "撤销申请 while 待处理")

      // The backend holds the same request, and the unit is no longer available.
      const stored = await caseOf(order, caseId)
      assert.deepEqual([stored.kind, stored.status, stored.order_id, stored.reason], ["return", "requested", order.id, "包装破损，商品变形无法销售"])
      assert.equal(stored.lines.length, 1)
      assert.deepEqual([stored.lines[0].line_item_id, stored.lines[0].quantity, stored.lines[0].photos.length], [order.line.line_item_id, 1, 1])
      assert.equal(await available(order, order.line.line_item_id), order.line.available - 1)

      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "after-sales-case-requested-zh-CN-phone")
    })

    test("(b) staff accept and receive with a refund: the dealer sees 已完成, the amount and where it went", { timeout: TEST_TIMEOUT * 2 }, async () => {
      assert.ok(dealer && caseId, "part (a) must have opened the case")
      const { page } = dealer
      const admin = await staffToken(STAFF)
      const unitPrice = (await caseOf(order, caseId)).lines[0].unit_price
      assert.ok(unitPrice > 0, "the line carries its unit price")
      await api(`/admin/after-sales/${caseId}/accept`, { token: admin, json: { note: "同意退货，请寄回" } })
      await api(`/admin/after-sales/${caseId}/receive`, { token: admin, json: { refund_amount: unitPrice, note: "已入库" } })

      await page.reload({ waitUntil: "load" })
      assert.equal(await statusBadge(page).getAttribute("data-status"), "completed")
      assert.equal(await text(statusBadge(page)), A.statuses.completed)
      assert.equal(await text(page.locator('[data-testid="case-refund-amount"]')), cny(unitPrice))
      const method = page.locator('[data-testid="case-refund-method"]')
      assert.equal(await method.getAttribute("data-method"), "on_account", "paid on account, refunded to the credit ledger")
      assert.equal(await text(method), A.detail.refundTo.on_account)
      assert.equal(await page.locator('[data-testid="case-cancel"]').count(), 0, "no 撤销申请 once staff have acted")
      const actions = await page.locator('[data-testid="case-history-entry"]').evaluateAll((els) => els.map((e) => e.dataset.action))
      // Receiving with a refund closes the case in one step, recorded as 已退款.
      assert.deepEqual(actions, ["requested", "accepted", "received", "refunded"])
      assert.ok((await text(page.locator('[data-testid="case-history"]'))).includes("同意退货，请寄回"), "staff's note is in the history")

      const stored = await caseOf(order, caseId)
      assert.deepEqual([stored.status, stored.refund_amount, stored.refund_method], ["completed", unitPrice, "on_account"])
      assert.ok(stored.return_id, "an accepted return is a Medusa return")
      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "after-sales-case-completed-zh-CN-phone")

      // The list files it under 已完成, not 处理中.
      await goto(page, "zh-CN", "/account/after-sales?status=completed")
      const row = page.locator(`[data-testid="case-row"][data-id="${caseId}"]`)
      assert.equal(await row.getAttribute("data-status"), "completed")
      assert.equal(await text(row.locator('[data-testid="case-kind"]')), A.kinds.return)
      assert.equal(await text(row.locator('[data-testid="case-order"]')), fill(A.order, { id: order.display_id }))
      assert.equal(await text(row.locator('[data-testid="case-refund"]')), cny(unitPrice))
      assert.equal(await page.locator('[data-testid="case-tab"][aria-current="page"]').getAttribute("data-tab"), "completed")
      await goto(page, "zh-CN", "/account/after-sales?status=open")
      assert.equal(await page.locator(`[data-testid="case-row"][data-id="${caseId}"]`).count(), 0)
      await goto(page, "zh-CN", "/account/after-sales")
      assert.equal(await page.locator('[data-testid="case-row"]').first().getAttribute("data-id"), caseId, "newest first")
      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "after-sales-list-zh-CN-phone")

      const desktop = await openPage(browser, "desktop")
      try {
        await signIn(desktop.page, DEALER)
        await goto(desktop.page, "zh-CN", `/account/after-sales/${caseId}`)
        await assertNoHorizontalOverflow(desktop.page)
        await screenshot(desktop.page, "after-sales-case-completed-zh-CN-desktop")
        await goto(desktop.page, "en", "/account/after-sales")
        assert.ok((await text(desktop.page.locator("h1"))).includes("After-sales"))
        await screenshot(desktop.page, "after-sales-list-en-desktop")
      } finally {
        await desktop.context.close()
      }
    })

    test("(c) a request the backend refuses shows its words; a case is withdrawn with 撤销申请 and its units come back", { timeout: TEST_TIMEOUT * 2 }, async () => {
      assert.ok(dealer, "part (a) must have signed in")
      const { page } = dealer
      const lineId = order.line.line_item_id
      await goto(page, "zh-CN", `/account/after-sales/new?order=${order.id}`)
      const form = page.locator('[data-testid="request-form"][data-ready="true"]')
      await form.waitFor()
      await form.locator('label:has([data-testid="request-kind-option"][value="exchange"])').click()
      const line = form.locator(`[data-testid="request-line"][data-line-item-id="${lineId}"]`)
      const select = line.locator('[data-testid="request-line-select"]')
      if (!(await select.isChecked())) await select.check()
      await form.locator('[data-testid="request-reason"]').fill("规格不符")

      // Meanwhile a colleague asks for everything left on that line: the page's numbers are now stale.
      const before = await available(order, lineId)
      const everything = { order_id: order.id, kind: "exchange", reason: "规格不符", lines: [{ line_item_id: lineId, quantity: before }] }
      const { case: second } = await api("/store/after-sales", { token: order.token, json: everything })
      assert.equal(await available(order, lineId), 0)
      const refusal = await fetch(`${BACKEND}/store/after-sales`, {
        method: "POST",
        headers: { authorization: `Bearer ${order.token}`, "x-publishable-api-key": KEY, "content-type": "application/json", "accept-language": "zh-CN" },
        body: JSON.stringify({ ...everything, lines: [{ line_item_id: lineId, quantity: 1 }] }),
      }).then((r) => r.json())
      assert.equal(refusal.code, "quantity_exceeds_received")
      await form.locator('[data-testid="request-submit"]').click()
      const error = page.locator('[data-testid="request-error"] p')
      await error.waitFor({ timeout: 30_000 })
      assert.equal(await text(error), refusal.message, "the backend's refusal, as it words it")
      assert.equal(new URL(page.url()).pathname, "/account/after-sales/new", "a refused request stays on the form")

      await goto(page, "zh-CN", `/account/after-sales/${second.id}`)
      assert.equal(await text(page.locator('[data-testid="case-title"]')), fill(A.detail.title, { kind: A.kinds.exchange }))
      await page.locator('[data-testid="case-cancel"][data-ready="true"]').click()
      await page.locator('[data-testid="case-cancel-dialog-confirm"]').click()
      await page.locator('[data-testid="case-page"][data-status="canceled"]').waitFor({ timeout: 30_000 })
      assert.equal(await text(statusBadge(page)), A.statuses.canceled)
      assert.equal(await page.locator('[data-testid="case-cancel"]').count(), 0)

      assert.equal((await caseOf(order, second.id)).status, "canceled")
      assert.equal(await available(order, lineId), before)
      // Withdrawing twice is refused.
      await assert.rejects(api(`/store/after-sales/${second.id}/cancel`, { token: order.token, json: {} }), /409.*case_not_open/)
      await assertNoPageErrors(page)
    })
  }
)
