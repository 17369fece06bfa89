// Packages and the receipt check (验收) end to end, at phone size: an approved
// order of 上海禾丰商贸 paid on account is shipped by staff in two packages
// through the warehouse API (顺丰 and 中通 numbers), and staff enter tracking
// events by hand. The dealer sees each package's carrier, number, state and
// timeline (latest three, 展开全部 for the rest, in Beijing time), confirms the
// first package with one line short and a large camera photo, and sees 已验收
// with the after-sales case it opened; confirms the second in full and sees no
// case. The backend's state is checked through its API.
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { fileURLToPath } from "node:url"
import { after, before, describe, test } from "node:test"
import {
  TEST_TIMEOUT, assertNoHorizontalOverflow, assertNoPageErrors, goto, launchBrowser, localeUrl, openPage, screenshot,
} from "./helpers.mjs"
import { api, approvedOrder, dealerToken, staffToken } from "./order-setup.mjs"

const DEALER = { email: "hefeng@dealer.demo", password: "DealerMall2026" }
const STAFF = { email: process.env.ADMIN_EMAIL || "admin@dealermall.local", password: process.env.ADMIN_PASSWORD }
const KEY = process.env.MEDUSA_PUBLISHABLE_KEY
const here = path.dirname(fileURLToPath(import.meta.url))
const S = JSON.parse(fs.readFileSync(path.join(here, "..", "messages", "zh-CN.json"), "utf8")).Shipments
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]))

// ---- a camera-sized PNG (≈ 7 MB): over the backend's 5 MB limit unless the form shrinks it

const pngChunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "ascii"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A brown "carton" gradient with deterministic grain, which deflate cannot squeeze much. */
function cameraPng(width = 2400, height = 1800) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const raw = Buffer.alloc((1 + width * 3) * height)
  let seed = 7
  for (let y = 0, o = 0; y < height; y++) {
    raw[o++] = 0 // filter: none
    for (let x = 0; x < width; x++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0 // imul: a plain product loses bits and the grain repeats
      const grain = (seed >>> 24) % 24
      raw[o++] = 150 + grain - ((y * 60) / height) | 0
      raw[o++] = 110 + grain - ((x * 40) / width) | 0
      raw[o++] = 70 + grain
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

/** Numbers unique to this run: a tracking number is refused once it is in use. */
const stamp = String(Date.now()).slice(-11)
const SF_NUMBER = `SF${stamp}01` // SF + 13 digits
const ZTO_NUMBER = `7${stamp}` // 12 digits starting 7

/** Beijing time as the page writes it (next-intl formats with Intl in Asia/Shanghai). */
const beijing = (iso) =>
  new Intl.DateTimeFormat("zh-CN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(new Date(iso))

/** Paid on account, picked, packed and shipped in two packages; four events on the first. */
async function shippedOrder() {
  const order = await approvedOrder(DEALER, STAFF)
  const token = await dealerToken(DEALER)
  await api(`/store/dealer-orders/${order.id}/pay`, { token, json: { method: "on_account" } })
  const admin = await staffToken(STAFF)
  await api(`/admin/warehouse/orders/${order.id}/picked`, { token: admin, json: {} })
  await api(`/admin/warehouse/orders/${order.id}/packed`, { token: admin, json: {} })

  const { order: detail } = await api(`/store/dealer-orders/${order.id}`, { token })
  const [first, second] = detail.items
  // Two packages: the first line alone, then everything remaining (a single-line order is split by quantity).
  const firstItems = second ? [{ line_item_id: first.id, quantity: first.quantity }] : [{ line_item_id: first.id, quantity: Math.floor(first.quantity / 2) }]
  assert.ok(firstItems[0].quantity >= 2, "the first package needs at least two units so one can be short")
  const eta = new Date(Date.now() + 3 * 86_400_000).toISOString()
  const { shipment: sf } = await api(`/admin/warehouse/orders/${order.id}/shipments`, {
    token: admin,
    json: { carrier_code: "sf", tracking_number: SF_NUMBER.toLowerCase(), estimated_arrival: eta, items: firstItems },
  })
  const { shipment: zto } = await api(`/admin/warehouse/orders/${order.id}/shipments`, {
    token: admin,
    json: { carrier_code: "zto", tracking_number: ZTO_NUMBER },
  })

  // Oldest first, an hour apart, so newest-first order and Beijing times are known.
  const base = Date.now() - 6 * 3_600_000
  const events = [
    { location: "上海市", description: "顺丰速运 已收取快件", state: "in_transit" },
    { location: "上海市", description: "快件到达【上海浦东集散中心】" },
    { location: "杭州市", description: "快件到达【杭州萧山中转场】" },
    { location: "杭州市", description: "快件已发往【杭州滨江营业点】", state: "in_transit" },
  ].map((e, i) => ({ ...e, occurred_at: new Date(base + i * 3_600_000).toISOString() }))
  for (const e of events) await api(`/admin/shipments/${sf.id}/events`, { token: admin, json: e })
  return { ...order, token, sf, zto, firstItems, events, eta }
}

async function signIn(page, { email, password }) {
  await page.goto(localeUrl("zh-CN", "/sign-in"), { waitUntil: "load" })
  await page.locator('[data-testid="sign-in"][data-ready="true"]').waitFor()
  await page.locator("#signin-account").fill(email)
  await page.locator("#signin-password").fill(password)
  await page.locator('[data-testid="password-form"] button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === "/account")
}

const card = (page, id) => page.locator(`[data-testid="shipment"][data-shipment-id="${id}"]`)
const text = async (locator) => (await locator.innerText()).trim()
const shipmentsOf = async (order) => (await api(`/store/dealer-orders/${order.id}/shipments`, { token: order.token })).shipments

describe(
  "packages and the receipt check",
  { skip: KEY && STAFF.password ? false : "MEDUSA_PUBLISHABLE_KEY and ADMIN_PASSWORD must be set (npm test sets them)" },
  () => {
    let browser
    let dealer
    let order

    before(async () => {
      browser = await launchBrowser()
      order = await shippedOrder()
    })
    after(async () => {
      await dealer?.context.close()
      await browser?.close()
    })

    test("(a) the dealer sees both packages: carrier, number, state, estimated arrival, items and the timeline", { timeout: TEST_TIMEOUT * 2 }, async () => {
      dealer = await openPage(browser, "phone")
      const { page } = dealer
      await signIn(page, DEALER)
      await goto(page, "zh-CN", `/account/orders/${order.id}`)
      const section = page.locator('[data-testid="order-shipments"]')
      await section.waitFor()
      assert.equal(await section.locator('[data-testid="shipment"]').count(), 2)

      const sf = card(page, order.sf.id)
      assert.equal(await text(sf.locator('[data-testid="shipment-carrier"]')), "顺丰速运")
      assert.equal(await text(sf.locator('[data-testid="shipment-tracking-number"]')), SF_NUMBER, "the number as the backend normalised it")
      assert.ok((await sf.locator('[data-testid="shipment-track-link"]').getAttribute("href")).includes(SF_NUMBER))
      assert.equal(await sf.locator('[data-testid="shipment-state"]').getAttribute("data-state"), "in_transit")
      assert.equal(await text(sf.locator('[data-testid="shipment-state"]')), S.states.in_transit)
      assert.match(await text(sf.locator('[data-testid="shipment-eta"]')), /\d{4}年\d{1,2}月\d{1,2}日/)
      assert.equal(await sf.locator('[data-testid="shipment-item"]').count(), order.firstItems.length)
      assert.equal(
        await text(sf.locator('[data-testid="shipment-item-quantity"]').first()),
        fill(S.quantity, { count: order.firstItems[0].quantity })
      )

      // Newest first, latest three, times in Beijing time; 展开全部 shows the fourth.
      const events = sf.locator('[data-testid="shipment-event"]')
      assert.equal(await events.count(), 3)
      const newest = order.events.at(-1)
      assert.equal(await text(events.first().locator('[data-testid="shipment-event-description"]')), newest.description)
      assert.equal(await text(events.first().locator('[data-testid="shipment-event-location"]')), newest.location)
      assert.equal(await text(events.first().locator('[data-testid="shipment-event-time"]')), beijing(newest.occurred_at))
      const toggle = sf.locator('[data-testid="shipment-events-toggle"]')
      assert.equal(await text(toggle), fill(S.events.expand, { count: 4 }))
      await toggle.click()
      assert.equal(await events.count(), 4)
      assert.equal(await text(events.last().locator('[data-testid="shipment-event-description"]')), order.events[0].description)

      // The second package has no events yet: 待揽收 and the empty-timeline line.
      const zto = card(page, order.zto.id)
      assert.equal(await text(zto.locator('[data-testid="shipment-carrier"]')), "中通快递")
      assert.equal(await text(zto.locator('[data-testid="shipment-tracking-number"]')), ZTO_NUMBER)
      assert.equal(await zto.locator('[data-testid="shipment-state"]').getAttribute("data-state"), "pending")
      assert.equal(await text(zto.locator('[data-testid="shipment-events-empty"]')), S.events.empty)

      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "order-packages-zh-CN-phone")
    })

    test("(b) the first package is checked with one line short and a photo: 已验收 and an after-sales case", { timeout: TEST_TIMEOUT * 2 }, async () => {
      assert.ok(dealer, "part (a) must have signed in")
      const { page } = dealer
      const sf = card(page, order.sf.id)
      await sf.locator('[data-testid="receipt-open"][data-ready="true"]').click()
      const form = sf.locator('[data-testid="receipt-form"]')
      await form.waitFor()
      const [shortItem] = order.firstItems
      const line = form.locator(`[data-testid="receipt-line"][data-line-item-id="${shortItem.line_item_id}"]`)
      assert.equal(await line.locator('[data-testid="receipt-received"]').inputValue(), String(shortItem.quantity), "received starts at shipped")

      // One less: the problem opens with 少发 picked.
      await line.locator('[data-testid="receipt-decrease"]').click()
      assert.equal(await line.locator('[data-testid="receipt-received"]').inputValue(), String(shortItem.quantity - 1))
      assert.ok(await line.locator('[data-testid="receipt-issue"][value="short"]').isChecked())
      await line.locator('[data-testid="receipt-note"]').fill("外箱破损，少了 1 件")
      const photo = cameraPng()
      assert.ok(photo.length > 5 * 1024 * 1024, `the test photo is camera-sized (${photo.length} bytes)`)
      await line.locator('[data-testid="receipt-photo-input"]').setInputFiles({ name: "IMG_0001.png", mimeType: "image/png", buffer: photo })
      await line.locator('[data-testid="receipt-photo"]').first().waitFor({ timeout: 30_000 })
      await assertNoHorizontalOverflow(page)
      await screenshot(page, "receipt-form-zh-CN-phone")

      await form.locator('[data-testid="receipt-submit"]').click()
      const summary = sf.locator('[data-testid="receipt-summary"]')
      await summary.waitFor({ timeout: 60_000 })
      assert.ok((await text(summary)).includes(S.receipt.done))
      const reported = summary.locator('[data-testid="receipt-reported-line"]')
      assert.equal(await reported.count(), 1)
      assert.equal(await reported.getAttribute("data-issue"), "short")
      const reportedText = await text(reported)
      assert.ok(reportedText.includes(S.receipt.issues.short))
      assert.ok(reportedText.includes(fill(S.receipt.lineReceived, { received: shortItem.quantity - 1, expected: shortItem.quantity })))
      assert.ok(reportedText.includes("外箱破损，少了 1 件"))
      assert.equal(await sf.locator('[data-testid="receipt-open"]').count(), 0, "a checked package offers no second check")

      // The backend holds the same receipt, with the photo and the case it opened.
      const receipt = (await shipmentsOf(order)).find((s) => s.id === order.sf.id).receipt
      assert.ok(receipt, "the receipt is stored")
      assert.equal(receipt.discrepancy, true)
      const stored = receipt.lines.find((l) => l.line_item_id === shortItem.line_item_id)
      assert.deepEqual([stored.received, stored.expected, stored.issue], [shortItem.quantity - 1, shortItem.quantity, "short"])
      assert.equal(stored.photos.length, 1)
      assert.ok(receipt.case_id, "a short line opens an after-sales case")
      const caseLine = summary.locator('[data-testid="receipt-case"]')
      assert.equal(await caseLine.getAttribute("data-case-id"), receipt.case_id)
      assert.ok((await text(caseLine)).includes(fill(S.receipt.caseOpened, { id: receipt.case_id }).replace(/<\/?ref>/g, "")), "已提交售后 #… with the case's reference")

      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "receipt-short-zh-CN-phone")
    })

    test("(c) the second package is received in full: 已验收 without a case", { timeout: TEST_TIMEOUT }, async () => {
      assert.ok(dealer, "part (a) must have signed in")
      const { page } = dealer
      const zto = card(page, order.zto.id)
      await zto.locator('[data-testid="receipt-open"][data-ready="true"]').click()
      await zto.locator('[data-testid="receipt-submit"]').click()
      const summary = zto.locator('[data-testid="receipt-summary"]')
      await summary.waitFor({ timeout: 30_000 })
      assert.ok((await text(summary)).includes(S.receipt.allGood))
      assert.equal(await summary.locator('[data-testid="receipt-case"]').count(), 0)

      const receipt = (await shipmentsOf(order)).find((s) => s.id === order.zto.id).receipt
      assert.equal(receipt.discrepancy, false)
      assert.equal(receipt.case_id, null)
      assert.ok(receipt.lines.every((l) => l.received === l.expected && !l.issue))
      // A second check of the same package is refused.
      await assert.rejects(
        api(`/store/dealer-orders/${order.id}/shipments/${order.zto.id}/receipt`, { token: order.token, json: { lines: [] } }),
        /409.*receipt_exists/
      )

      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "receipt-done-zh-CN-phone")
      const desktop = await openPage(browser, "desktop")
      try {
        await signIn(desktop.page, DEALER)
        await goto(desktop.page, "zh-CN", `/account/orders/${order.id}`)
        await desktop.page.locator('[data-testid="order-shipments"]').waitFor()
        await assertNoHorizontalOverflow(desktop.page)
        await screenshot(desktop.page, "order-packages-zh-CN-desktop")
      } finally {
        await desktop.context.close()
      }
    })
  }
)
