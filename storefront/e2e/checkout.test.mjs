// Checkout and order review end to end, at phone size: an approved demo dealer
// (杭州百川食品贸易, 二级经销商) has a 进货单 that meets its tier's minimum order
// amount and the case packs (filled through the API from GET /store/wholesale/variants),
// goes to checkout, adds a delivery address if the company has none, picks
// shipping, enters a PO number and submits; the order page shows 审核中. Staff
// approve it in the admin's review panel and the dealer sees 待付款. Another
// dealer gets the 404 page for the same URL.
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { after, before, describe, test } from "node:test"
import {
  BASE_URL, TEST_TIMEOUT, assertNoHorizontalOverflow, assertNoPageErrors, goto, launchBrowser, localeUrl, openPage,
  screenshot,
} from "./helpers.mjs"

const DEALER = { email: "baichuan@dealer.demo", password: "DealerMall2026" }
const OTHER_DEALER = { email: "hefeng@dealer.demo", password: "DealerMall2026" }
const here = path.dirname(fileURLToPath(import.meta.url))
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(here, "..", "messages", file), "utf8"))
const O = readJson("orders.zh-CN.json")
const BACKEND = (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
const ADMIN_URL = `${BACKEND}/app`
const ADMIN_EMAIL = process.env.ADMIN_EMAIL || "admin@dealermall.local"
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD
const KEY = process.env.MEDUSA_PUBLISHABLE_KEY

// ---- backend shortcuts (set-up and facts the page does not show) ------------

async function api(pathAndQuery, { token, json } = {}) {
  const headers = { "x-publishable-api-key": KEY, accept: "application/json" }
  if (token) headers.authorization = `Bearer ${token}`
  if (json) headers["content-type"] = "application/json"
  const res = await fetch(`${BACKEND}${pathAndQuery}`, {
    method: json ? "POST" : "GET",
    headers,
    body: json ? JSON.stringify(json) : undefined,
  })
  const body = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${pathAndQuery} → ${res.status} ${JSON.stringify(body)}`)
  return body
}

const signInApi = async ({ email, password }) => (await api("/auth/customer/emailpass", { json: { email, password } })).token

const fen = (yuan) => Math.round(yuan * 100)

/** The smallest quantity the rules allow: the MOQ rounded up to whole case packs. */
const firstQuantity = ({ min_quantity, multiple }) => {
  const step = multiple ?? 1
  return Math.max(step, Math.ceil((min_quantity ?? 1) / step) * step)
}

/**
 * A new cart for the dealer holding enough in-stock goods, at whole case packs,
 * to pass the tier's minimum order amount with room to spare (an auto-approval
 * rule for small orders, if staff set one up, must not approve it before the test does).
 */
async function fillCart(token) {
  const { regions } = await api("/store/regions", { token })
  const { cart } = await api("/store/carts", { token, json: { region_id: regions[0].id } })
  const { products } = await api("/store/products?limit=60&fields=id,*variants", { token })
  const ids = products.flatMap((p) => p.variants.map((v) => v.id))
  const { tier, variants } = await api(`/store/wholesale/variants?variant_id=${ids.slice(0, 60).join(",")}`, { token })
  const target = fen(Math.max(tier?.min_order_amount ?? 0, 1000) + 1000)
  let total = 0
  for (const v of variants) {
    if (total >= target) break
    if (!v.pricing || v.stock.level !== "plenty") continue
    const step = v.rules.multiple ?? 1
    // About a third of the target per line, in whole cases, within the maximum.
    let quantity = firstQuantity(v.rules)
    const wanted = Math.ceil(target / 3 / fen(v.pricing.unit_amount))
    if (wanted > quantity) quantity = Math.ceil(wanted / step) * step
    if (v.rules.max_quantity && quantity > v.rules.max_quantity) quantity = Math.floor(v.rules.max_quantity / step) * step
    if (quantity < firstQuantity(v.rules)) continue
    await api(`/store/carts/${cart.id}/line-items`, { token, json: { variant_id: v.variant_id, quantity } })
    // Breaks lower the price as quantities rise, so the cart's own figure counts.
    total = fen((await api(`/store/carts/${cart.id}/wholesale-check`, { token })).subtotal)
  }
  const check = await api(`/store/carts/${cart.id}/wholesale-check`, { token })
  assert.ok(check.ok, `the cart must pass the ordering rules: ${JSON.stringify(check.problems)}`)
  return cart.id
}

async function signIn(page, { email, password }) {
  await page.goto(localeUrl("zh-CN", "/sign-in"), { waitUntil: "load" })
  await page.locator('[data-testid="sign-in"][data-ready="true"]').waitFor()
  await page.locator("#signin-account").fill(email)
  await page.locator("#signin-password").fill(password)
  await page.locator('[data-testid="password-form"] button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === "/account")
}

const flatten = (obj, prefix = "") =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]))

test("order messages: zh-CN and en define the same keys, none empty, no namespace shared with other files", () => {
  const en = readJson("orders.en.json")
  const zh = new Map(flatten(O))
  const enMap = new Map(flatten(en))
  assert.deepEqual([...zh.keys()].filter((k) => !enMap.has(k)), [], "missing in orders.en.json")
  assert.deepEqual([...enMap.keys()].filter((k) => !zh.has(k)), [], "missing in orders.zh-CN.json")
  for (const [k, v] of [...zh, ...enMap]) assert.ok(typeof v === "string" && v.trim(), `${k} is empty`)
  const others = ["zh-CN.json", "onboarding.zh-CN.json", "wholesale.zh-CN.json"].flatMap((f) => Object.keys(readJson(f)))
  assert.deepEqual(Object.keys(O).filter((ns) => others.includes(ns)), [], "namespaces defined twice")
})

describe("checkout and order review", { skip: KEY ? false : "MEDUSA_PUBLISHABLE_KEY is not set (npm test sets it)" }, () => {
  let browser
  let dealer
  let orderId
  const po = `PO-E2E-${Date.now().toString(36).toUpperCase()}`

  before(async () => {
    browser = await launchBrowser()
  })
  after(async () => {
    await dealer?.context.close()
    await browser?.close()
  })

  test("(a) a dealer checks out at phone size and lands on the order page, in review", { timeout: TEST_TIMEOUT * 2 }, async () => {
    dealer = await openPage(browser, "phone")
    const { context, page } = dealer
    await signIn(page, DEALER)
    const cartId = await fillCart(await signInApi(DEALER))
    // The storefront keeps the open cart's id in an httpOnly cookie, as adding through the UI would.
    await context.addCookies([{ name: "dm_cart", value: cartId, url: BASE_URL, httpOnly: true, sameSite: "Lax" }])

    // The account page leads to the orders and the addresses.
    assert.match((await page.locator('[data-testid="account-orders-link"]').getAttribute("href")) ?? "", /\/account\/orders$/)
    assert.match((await page.locator('[data-testid="account-addresses-link"]').getAttribute("href")) ?? "", /\/account\/addresses$/)

    await goto(page, "zh-CN", "/cart")
    const checkout = page.locator('[data-testid="checkout"]')
    assert.equal(await checkout.evaluate((el) => el.tagName), "A", "去结算 is a link once the rules pass")
    await checkout.click()
    await page.waitForURL((url) => url.pathname === "/checkout")
    await page.locator('[data-testid="checkout-form"][data-ready="true"]').waitFor()

    // Nothing can be submitted without an address: the company's first one is added here.
    if ((await page.locator('[data-testid="address"]').count()) === 0) {
      const form = page.locator('[data-testid="address-form"]')
      await form.locator('[name="contact_name"]').fill("李采购")
      await form.locator('[name="phone"]').fill("138 0013 8000")
      await form.locator('[name="province"]').fill("浙江省")
      await form.locator('[name="city"]').fill("杭州市")
      await form.locator('[name="district"]').fill("余杭区")
      await form.locator('[name="address"]').fill("文一西路 998 号 2 号仓")
      await form.locator('[data-testid="address-save"]').click()
      await page.locator('[data-testid="address"]').first().waitFor({ timeout: 30_000 })
    }
    const chosen = page.locator('[data-testid="address"][data-selected="true"]')
    await chosen.waitFor()
    assert.match(await chosen.locator('[data-testid="address-phone"]').innerText(), /\d{3}/, "the contact's phone is shown")

    // Freight delivery: core's ¥ amount lands in the summary.
    await page.locator('[data-testid="shipping-option"][data-code="delivery"]').click()
    await page.waitForFunction(
      () => /¥/.test(document.querySelector('[data-testid="checkout-shipping"]')?.textContent ?? "") &&
        !document.querySelector('[data-testid="shipping-picker"][data-pending="true"]'),
      null,
      { timeout: 30_000 }
    )
    await page.locator('[data-testid="po-number"]').fill(po)
    await page.locator('[data-testid="delivery-note"]').fill("工作日上午送货")
    assert.match(await page.locator('[data-testid="checkout-total"]').innerText(), /¥\s?[\d,]+\.\d\d/)
    assert.ok((await page.locator('[data-testid="checkout-line"]').count()) > 0)
    await assertNoHorizontalOverflow(page)
    await assertNoPageErrors(page)
    await screenshot(page, "checkout-zh-CN-phone")

    await page.locator('[data-testid="submit-order"]').click()
    await page.waitForURL((url) => /^\/account\/orders\/order_/.test(url.pathname), { timeout: 60_000 })
    orderId = new URL(page.url()).pathname.split("/").pop()
    assert.equal((await page.locator('[data-testid="order-submitted"]').innerText()).trim(), O.OrderDetail.submitted)
    const badge = page.locator('[data-testid="order-page"] h1 [data-testid="order-status"]')
    assert.equal(await badge.getAttribute("data-status"), "in_review")
    assert.equal((await badge.innerText()).trim(), O.OrderStatus.in_review)
    assert.equal((await page.locator('[data-testid="order-po-number"]').innerText()).trim(), po)
    assert.ok(await page.locator('[data-testid="cancel-order"]').isVisible(), "an order in review can be withdrawn")
    const first = page.locator('[data-testid="timeline-entry"]').first()
    assert.equal(await first.getAttribute("data-action"), "submitted")
    assert.equal((await first.locator('[data-testid="timeline-actor"]').innerText()).trim(), O.OrderDetail.timeline.actors.dealer)
    // The cart is an order now: its cookie is gone and the header shows no count.
    assert.equal((await context.cookies()).find((c) => c.name === "dm_cart"), undefined, "dm_cart cleared")
    await assertNoHorizontalOverflow(page)
    await assertNoPageErrors(page)
    await screenshot(page, "order-in-review-zh-CN-phone")

    // The list finds it by PO number, with its status.
    await goto(page, "zh-CN", `/account/orders?q=${encodeURIComponent(po)}`)
    const row = page.locator(`[data-testid="order-row"][data-id="${orderId}"]`)
    await row.waitFor()
    assert.equal(await row.getAttribute("data-status"), "in_review")
    assert.ok((await row.innerText()).includes(po))
    await goto(page, "zh-CN", "/account/orders?status=in_review")
    await row.waitFor()
    await assertNoHorizontalOverflow(page)
    await screenshot(page, "orders-zh-CN-phone")
  })

  test("(b) another dealer gets the 404 page for that order", { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(orderId, "part (a) must have placed the order")
    const { context, page } = await openPage(browser, "phone")
    try {
      await signIn(page, OTHER_DEALER)
      await goto(page, "zh-CN", `/account/orders/${orderId}`, { expectStatus: 404 })
      await page.locator('[data-testid="not-found"]').waitFor()
      assert.ok(!(await page.locator("body").innerText()).includes(po), "nothing of the order shows")
    } finally {
      await context.close()
    }
  })

  test(
    "(c) staff approve the order in the admin; the dealer sees 待付款",
    { timeout: 180_000, skip: ADMIN_PASSWORD ? false : "ADMIN_PASSWORD is not set (npm test sets it)" },
    async () => {
      assert.ok(orderId && dealer, "part (a) must have placed the order")
      const token = await signInApi(DEALER)
      const statusNow = async () => (await api(`/store/dealer-orders/${orderId}`, { token })).order.status
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
      context.setDefaultTimeout(30_000)
      const page = await context.newPage()
      try {
        await page.goto(`${ADMIN_URL}/login`)
        await page.fill('input[name="email"]', ADMIN_EMAIL)
        await page.fill('input[name="password"]', ADMIN_PASSWORD)
        await page.click('button[type="submit"]')
        await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 30_000 })
        await page.goto(`${ADMIN_URL}/orders/${orderId}`)
        const panel = page.locator('[data-testid="order-review-panel"]')
        await panel.waitFor({ timeout: 60_000 })
        // One click per review stage (销售审核 → 财务审核 …): approve until the order leaves review.
        for (let stage = 0; stage < 5 && (await statusNow()) === "in_review"; stage++) {
          const before = await panel.innerText()
          await panel.getByRole("button", { name: /^(通过|Approve)$/ }).click()
          const prompt = page.getByRole("alertdialog")
          await prompt.waitFor()
          await prompt.getByRole("button", { name: /^(通过|Approve)$/ }).click()
          await prompt.waitFor({ state: "detached" })
          await page.waitForFunction((old) => document.querySelector('[data-testid="order-review-panel"]')?.innerText !== old, before, {
            timeout: 30_000,
          })
        }
        assert.equal(await statusNow(), "awaiting_payment")
        await screenshot(page, "admin-order-approved-desktop")
      } finally {
        await context.close()
      }

      // The dealer, still signed in on the phone, opens the order again.
      const { page: dealerPage } = dealer
      await goto(dealerPage, "zh-CN", `/account/orders/${orderId}`)
      const badge = dealerPage.locator('[data-testid="order-page"] h1 [data-testid="order-status"]')
      assert.equal(await badge.getAttribute("data-status"), "awaiting_payment")
      assert.equal((await badge.innerText()).trim(), O.OrderStatus.awaiting_payment)
      assert.equal(await dealerPage.locator('[data-testid="cancel-order"]').count(), 0, "an approved order is no longer withdrawn here")
      const approvals = dealerPage.locator('[data-testid="timeline-entry"][data-action="approve"]')
      assert.ok((await approvals.count()) > 0)
      assert.equal((await approvals.last().locator('[data-testid="timeline-actor"]').innerText()).trim(), O.OrderDetail.timeline.actors.staff)
      await assertNoHorizontalOverflow(dealerPage)
      await assertNoPageErrors(dealerPage)
      await screenshot(dealerPage, "order-awaiting-payment-zh-CN-phone")
    }
  )
})
