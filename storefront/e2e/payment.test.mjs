// Paying approved orders end to end, at phone size: a dealer with a credit line
// (上海禾丰商贸, 一级经销商) pays one approved order on account (账期) and sees
// 已付款 with the due date; pays a second one by bank transfer, uploading a
// generated PNG remittance slip, and sees 等待财务确认; staff confirm the slip in
// the admin's 付款确认 page and the dealer sees 已付款. Then the funds account
// shows the on-account debt and the statement lists the charge and downloads
// as CSV. The approved orders are made through the APIs (submit as the dealer,
// approve as staff).
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { fileURLToPath } from "node:url"
import { after, before, describe, test } from "node:test"
import {
  BASE_URL, TEST_TIMEOUT, assertNoHorizontalOverflow, assertNoPageErrors, goto, launchBrowser, localeUrl, openPage, screenshot,
} from "./helpers.mjs"
import { BACKEND, approvedOrder } from "./order-setup.mjs"

const DEALER = { email: "hefeng@dealer.demo", password: "DealerMall2026" }
const STAFF = { email: process.env.ADMIN_EMAIL || "admin@dealermall.local", password: process.env.ADMIN_PASSWORD }
const KEY = process.env.MEDUSA_PUBLISHABLE_KEY
const here = path.dirname(fileURLToPath(import.meta.url))
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(here, "..", "messages", file), "utf8"))
const P = readJson("payments.zh-CN.json")
const O = readJson("orders.zh-CN.json")

// ---- a real PNG (the backend checks the content, not the name) --------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A small grey "bank receipt": a width × height RGB PNG with a darker band. */
function receiptPng(width = 240, height = 120) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const rows = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3, y > 20 && y < 40 ? 120 : 235)
    row[0] = 0 // filter: none
    rows.push(row)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

async function signIn(page, { email, password }) {
  await page.goto(localeUrl("zh-CN", "/sign-in"), { waitUntil: "load" })
  await page.locator('[data-testid="sign-in"][data-ready="true"]').waitFor()
  await page.locator("#signin-account").fill(email)
  await page.locator("#signin-password").fill(password)
  await page.locator('[data-testid="password-form"] button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === "/account")
}

const statusBadge = (page) => page.locator('[data-testid="order-page"] h1 [data-testid="order-status"]')

const flatten = (obj, prefix = "") =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]))

test("payment messages: zh-CN and en define the same keys, none empty, no namespace shared with other files", () => {
  const en = readJson("payments.en.json")
  const zh = new Map(flatten(P))
  const enMap = new Map(flatten(en))
  assert.deepEqual([...zh.keys()].filter((k) => !enMap.has(k)), [], "missing in payments.en.json")
  assert.deepEqual([...enMap.keys()].filter((k) => !zh.has(k)), [], "missing in payments.zh-CN.json")
  for (const [k, v] of [...zh, ...enMap]) assert.ok(typeof v === "string" && v.trim(), `${k} is empty`)
  const others = ["zh-CN.json", "onboarding.zh-CN.json", "wholesale.zh-CN.json", "orders.zh-CN.json"].flatMap((f) => Object.keys(readJson(f)))
  assert.deepEqual(Object.keys(P).filter((ns) => others.includes(ns)), [], "namespaces defined twice")
})

describe(
  "paying approved orders",
  { skip: KEY && STAFF.password ? false : "MEDUSA_PUBLISHABLE_KEY and ADMIN_PASSWORD must be set (npm test sets them)" },
  () => {
    let browser
    let dealer
    let onAccount
    let byTransfer

    before(async () => {
      browser = await launchBrowser()
      // Two different carts so the orders differ; both approved by staff through the API.
      onAccount = await approvedOrder(DEALER, STAFF)
      byTransfer = await approvedOrder(DEALER, STAFF, { skip: 2 })
    })
    after(async () => {
      await dealer?.context.close()
      await browser?.close()
    })

    test("(a) the dealer pays an approved order on account and sees 已付款 with the due date", { timeout: TEST_TIMEOUT * 2 }, async () => {
      dealer = await openPage(browser, "phone")
      const { page } = dealer
      await signIn(page, DEALER)
      // The account page leads to the funds account and the statement.
      assert.match((await page.locator('[data-testid="account-credit-link"]').getAttribute("href")) ?? "", /\/account\/credit$/)
      assert.match((await page.locator('[data-testid="account-statement-link"]').getAttribute("href")) ?? "", /\/account\/statement$/)

      await goto(page, "zh-CN", `/account/orders/${onAccount.id}`)
      assert.equal(await statusBadge(page).getAttribute("data-status"), "awaiting_payment")
      const panel = page.locator('[data-testid="pay-panel"]')
      await panel.waitFor()
      await panel.locator('[data-testid="pay-method"][data-method="on_account"]').click()
      const details = panel.locator('[data-testid="pay-details"][data-method="on_account"]')
      await details.waitFor()
      assert.match(await details.locator('[data-testid="pay-available"]').innerText(), /¥[\d,]+\.\d\d/)
      const due = (await details.locator('[data-testid="pay-due"]').innerText()).split("·")[0].trim()
      assert.match(due, /\d{4}年\d{1,2}月\d{1,2}日/, "the due date is shown before paying")
      await assertNoHorizontalOverflow(page)
      await screenshot(page, "pay-on-account-zh-CN-phone")

      await details.locator('[data-testid="pay-submit"]').click()
      const dialog = page.locator('[data-testid="pay-dialog"]')
      await dialog.waitFor()
      assert.ok((await dialog.innerText()).includes(P.Payment.confirmOnAccountTitle))
      await dialog.locator('[data-testid="pay-dialog-confirm"]').click()
      await page.locator('[data-testid="payment-summary"]').waitFor({ timeout: 30_000 })

      assert.equal(await statusBadge(page).getAttribute("data-status"), "paid")
      assert.equal((await statusBadge(page).innerText()).trim(), O.OrderStatus.paid)
      assert.equal((await page.locator('[data-testid="payment-method"]').innerText()).trim(), P.PaymentMethods.on_account)
      assert.ok((await page.locator('[data-testid="payment-due-at"]').innerText()).includes(due), "the due date promised is the one kept")
      assert.equal(await page.locator('[data-testid="pay-panel"]').count(), 0, "a paid order offers no payment")
      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "order-paid-on-account-zh-CN-phone")
    })

    test("(b) the dealer pays another order by bank transfer and uploads the slip: 等待财务确认", { timeout: TEST_TIMEOUT * 2 }, async () => {
      assert.ok(dealer, "part (a) must have signed in")
      const { page } = dealer
      await goto(page, "zh-CN", `/account/orders/${byTransfer.id}`)
      const panel = page.locator('[data-testid="pay-panel"]')
      await panel.locator('[data-testid="pay-method"][data-method="bank_transfer"]').click()
      const details = panel.locator('[data-testid="pay-details"][data-method="bank_transfer"]')
      await details.waitFor()
      assert.equal((await details.locator('[data-testid="transfer-reference"]').innerText()).trim(), `DM${byTransfer.display_id}`)
      assert.match(await details.locator('[data-testid="bank-account-number"]').innerText(), /\d{4}/, "the receiving account is shown")
      assert.equal(
        (await details.locator('[data-testid="transfer-amount"]').innerText()).trim(),
        (await panel.locator('[data-testid="pay-total"]').innerText()).trim()
      )

      const form = details.locator('[data-testid="slip-form"][data-ready="true"]')
      await form.waitFor()
      await form.locator('[data-testid="slip-file-input"]').setInputFiles({ name: "回单.png", mimeType: "image/png", buffer: receiptPng() })
      assert.ok((await form.locator('[data-testid="slip-file-name"]').innerText()).includes("回单.png"))
      await form.locator('[data-testid="slip-payer"]').fill("上海禾丰商贸有限公司")
      await assertNoHorizontalOverflow(page)
      await screenshot(page, "pay-bank-transfer-zh-CN-phone")
      await form.locator('[data-testid="slip-submit"]').click()

      const pending = page.locator('[data-testid="payment-pending"]')
      await pending.waitFor({ timeout: 30_000 })
      assert.ok((await pending.innerText()).includes(P.Payment.pending))
      assert.ok((await pending.innerText()).includes("等待财务确认"))
      assert.equal(await statusBadge(page).getAttribute("data-status"), "awaiting_payment")
      assert.equal(await page.locator('[data-testid="pay-panel"]').count(), 0, "one pending slip at a time")
      const slip = page.locator('[data-testid="order-slips"] [data-testid="slip"]').first()
      assert.equal(await slip.getAttribute("data-status"), "pending")
      assert.ok((await slip.innerText()).includes(`DM${byTransfer.display_id}`))
      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "order-slip-pending-zh-CN-phone")
    })

    test("(c) staff confirm the slip in the admin's 付款确认 page; the dealer sees 已付款", { timeout: 180_000 }, async () => {
      assert.ok(dealer, "part (b) must have uploaded the slip")
      const reference = `DM${byTransfer.display_id}`
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      context.setDefaultTimeout(30_000)
      const page = await context.newPage()
      try {
        await page.goto(`${BACKEND}/app/login`)
        await page.fill('input[name="email"]', STAFF.email)
        await page.fill('input[name="password"]', STAFF.password)
        await page.click('button[type="submit"]')
        await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 30_000 })
        await page.goto(`${BACKEND}/app/payment-slips`)
        // The row whose reference cell reads exactly this code: DM1 must not pick DM12's row.
        const row = page.locator('[data-testid="slip-row"]').filter({ has: page.getByText(reference, { exact: true }) })
        await row.waitFor({ timeout: 60_000 })
        await row.locator('[data-testid="slip-confirm"]').click()
        const prompt = page.getByRole("alertdialog")
        await prompt.waitFor()
        assert.ok((await prompt.innerText()).includes(reference), "the prompt names the transfer's reference")
        await prompt.getByRole("button", { name: /^(确认到账|Confirm receipt)$/ }).click()
        await prompt.waitFor({ state: "detached" })
        await row.waitFor({ state: "detached", timeout: 30_000 })
        await screenshot(page, "admin-slip-confirmed-desktop")
      } finally {
        await context.close()
      }

      const { page: dealerPage } = dealer
      await dealerPage.reload({ waitUntil: "load" })
      assert.equal(await statusBadge(dealerPage).getAttribute("data-status"), "paid")
      assert.equal((await statusBadge(dealerPage).innerText()).trim(), O.OrderStatus.paid)
      assert.equal((await dealerPage.locator('[data-testid="payment-method"]').innerText()).trim(), P.PaymentMethods.bank_transfer)
      assert.equal(await dealerPage.locator('[data-testid="payment-pending"]').count(), 0)
      assert.equal(await dealerPage.locator('[data-testid="order-slips"] [data-testid="slip"]').first().getAttribute("data-status"), "confirmed")
      await assertNoHorizontalOverflow(dealerPage)
      await assertNoPageErrors(dealerPage)
      await screenshot(dealerPage, "order-paid-by-transfer-zh-CN-phone")
    })

    test("(d) the funds account shows the on-account debt; the statement lists it and downloads as CSV", { timeout: TEST_TIMEOUT * 2 }, async () => {
      assert.ok(dealer, "part (a) must have paid on account")
      const { context, page } = dealer
      await goto(page, "zh-CN", "/account/credit")
      const item = page.locator(`[data-testid="open-item"][data-order-id="${onAccount.id}"]`)
      await item.waitFor()
      assert.ok((await item.innerText()).includes(`#${onAccount.display_id}`), "open items name the order by number")
      assert.match(await page.locator('[data-testid="balance-outstanding"]').innerText(), /¥[\d,]+\.\d\d/)
      assert.ok(await page.locator('[data-testid="topup-form"]').isVisible(), "a top-up can be sent from here")
      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "credit-zh-CN-phone")

      await goto(page, "zh-CN", "/account/statement")
      const charge = page.locator(`[data-testid="statement-line"][data-type="charge"][data-order-id="${onAccount.id}"]`).first()
      await charge.waitFor({ state: "attached" })
      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "statement-zh-CN-phone")

      // The CSV comes through the storefront with the dealer's session cookie.
      const href = await page.locator('[data-testid="statement-csv"]').getAttribute("href")
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ")
      const res = await fetch(new URL(href, BASE_URL), { headers: { cookie } })
      assert.equal(res.status, 200)
      assert.match(res.headers.get("content-type") ?? "", /text\/csv/)
      assert.match(res.headers.get("content-disposition") ?? "", /statement-\d{4}-\d{2}\.csv/)
      const csv = await res.text()
      assert.ok(csv.includes("账期消费"), "the CSV lists the on-account charge")
    })
  }
)
