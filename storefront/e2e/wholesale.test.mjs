// Wholesale ordering at phone size: an approved demo dealer (上海禾丰商贸, 一级经销商)
// sees prices on a list, opens a product with quantity breaks and a case pack,
// steps the quantity by the case pack, adds to the 进货单 and sees it there; a
// visitor on the same product page sees no price. The product is picked through
// the API (the seed's rules and breaks may change), never hard-coded.
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { after, before, describe, test } from "node:test"
import {
  MESSAGES, TEST_TIMEOUT, assertNoHorizontalOverflow, assertNoPageErrors, assertPriceGate, goto, launchBrowser,
  localeUrl, openPage, screenshot,
} from "./helpers.mjs"

const DEALER = { email: "hefeng@dealer.demo", password: "DealerMall2026" }
const here = path.dirname(fileURLToPath(import.meta.url))
const readWholesale = (locale) =>
  JSON.parse(fs.readFileSync(path.join(here, "..", "messages", `wholesale.${locale}.json`), "utf8"))
const W = readWholesale("zh-CN")
const BACKEND = (process.env.MEDUSA_BACKEND_URL || "http://localhost:9000").replace(/\/+$/, "")
const KEY = process.env.MEDUSA_PUBLISHABLE_KEY

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

/**
 * The first product (catalogue order) with a variant that has ≥2 breaks, a case pack > 1 and plenty of
 * stock (the test adds two cases; a "low" variant may hold fewer). Variants are taken in SKU order: the
 * API's order is not stable, and the test must pick the same one every run.
 */
async function pickProduct() {
  const { token } = await api("/auth/customer/emailpass", { json: DEALER })
  const { products } = await api("/store/products?limit=100&fields=id,handle,title,*variants", { token })
  for (let i = 0; i < products.length; i += 20) {
    const chunk = products.slice(i, i + 20)
    const ids = chunk.flatMap((p) => p.variants.map((v) => v.id))
    const { variants } = await api(`/store/wholesale/variants?variant_id=${ids.join(",")}`, { token })
    const hit = [...variants]
      .sort((a, b) => String(a.sku).localeCompare(String(b.sku)))
      .find((v) => (v.pricing?.breaks?.length ?? 0) >= 2 && (v.rules.multiple ?? 1) > 1 && v.stock.level === "plenty")
    if (hit) {
      const product = chunk.find((p) => p.variants.some((v) => v.id === hit.variant_id))
      return { handle: product.handle, title: product.title, variant: hit }
    }
  }
  throw new Error("the seed has no well-stocked variant with quantity breaks and a case pack")
}

/** What the stepper must start at: the MOQ rounded up to whole cases, at least one case. */
const firstQuantity = ({ min_quantity, multiple }) => {
  const step = multiple ?? 1
  return Math.max(step, Math.ceil((min_quantity ?? 1) / step) * step)
}

/** An input's value once React has re-rendered (state updates land a frame after the click). */
async function expectValue(locator, want, message) {
  const deadline = Date.now() + 10_000
  let got
  while ((got = await locator.inputValue()) !== want && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  assert.equal(got, want, message)
}

async function signIn(page) {
  await page.goto(localeUrl("zh-CN", "/sign-in"), { waitUntil: "load" })
  await page.locator('[data-testid="sign-in"][data-ready="true"]').waitFor()
  await page.locator("#signin-account").fill(DEALER.email)
  await page.locator("#signin-password").fill(DEALER.password)
  await page.locator('[data-testid="password-form"] button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === "/account")
}

const flatten = (obj, prefix = "") =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]))

// messages.test.mjs checks the base files; the wholesale pair needs the same guarantee.
test("wholesale messages: zh-CN and en define the same keys, none empty", () => {
  const zh = new Map(flatten(W))
  const en = new Map(flatten(readWholesale("en")))
  assert.deepEqual([...zh.keys()].filter((k) => !en.has(k)), [], "missing in wholesale.en.json")
  assert.deepEqual([...en.keys()].filter((k) => !zh.has(k)), [], "missing in wholesale.zh-CN.json")
  for (const [k, v] of [...zh, ...en]) assert.ok(typeof v === "string" && v.trim(), `${k} is empty`)
})

describe("wholesale ordering", { skip: KEY ? false : "MEDUSA_PUBLISHABLE_KEY is not set (npm test sets it)" }, () => {
  let browser
  let pick
  before(async () => {
    browser = await launchBrowser()
    pick = await pickProduct()
  })
  after(() => browser?.close())

  test("an approved dealer sees prices, the tier table and the case pack, and fills the cart (phone)", { timeout: TEST_TIMEOUT * 2 }, async () => {
    const { context, page } = await openPage(browser, "phone")
    const { variant } = pick
    const step = variant.rules.multiple
    const first = firstQuantity(variant.rules)
    try {
      await signIn(page)

      // A list: the search results price every card for this dealer.
      await goto(page, "zh-CN", `/search?q=${encodeURIComponent(variant.sku)}`)
      const card = page.locator('[data-testid="product-card"]').first()
      assert.match(await card.locator('[data-testid="dealer-price"]').innerText(), /¥\s?\d/)
      assert.equal(await page.locator('[data-testid="price-gate"]').count(), 0, "no sign-in prompt for an approved dealer")

      await goto(page, "zh-CN", `/products/${pick.handle}`)
      assert.match(await page.locator('[data-testid="product-price"]').innerText(), /¥\s?\d/)
      const block = page.locator(`[data-testid="variant-purchase"][data-sku="${variant.sku}"]`)
      await block.waitFor()
      assert.match(await block.locator('[data-testid="unit-price"]').innerText(), /¥\s?\d/)

      const table = block.locator('[data-testid="breaks-table"]')
      assert.ok(await table.isVisible(), "quantity-break table shown")
      const headers = await table.locator("th").allInnerTexts()
      assert.deepEqual(headers.map((h) => h.trim()), [W.Purchase.breaks.quantity, W.Purchase.breaks.unitPrice])
      assert.equal(await table.locator('[data-testid="break-row"]').count(), variant.pricing.breaks.length)

      const rules = await block.locator('[data-testid="rules"]').innerText()
      assert.ok(rules.includes(String(step)), `the case pack (${step}) is stated before adding: ${rules}`)

      await page.locator(`[data-testid="variant-purchase"][data-sku="${variant.sku}"][data-ready="true"]`).waitFor()
      const quantity = block.locator('[data-testid="quantity"]')
      await expectValue(quantity, String(first), "starts at the smallest orderable quantity")
      assert.equal(await quantity.getAttribute("step"), String(step))
      await block.locator('[data-testid="quantity-plus"]').click()
      await expectValue(quantity, String(first + step), "+ adds one case pack")
      await block.locator('[data-testid="quantity-minus"]').click()
      await expectValue(quantity, String(first), "− takes one case pack off")
      assert.ok(await block.locator('[data-testid="quantity-minus"]').isDisabled(), "nothing below the minimum")
      await block.locator('[data-testid="quantity-plus"]').click()
      // A typed quantity off the grid is rounded up to whole cases.
      await quantity.fill(String(first + step + 1))
      await quantity.blur()
      await expectValue(quantity, String(first + 2 * step))
      await block.locator('[data-testid="quantity-minus"]').click()
      await expectValue(quantity, String(first + step))

      await assertNoHorizontalOverflow(page)
      await screenshot(page, "wholesale-product-zh-CN-phone")

      await block.locator('[data-testid="add-to-cart"]').click()
      const notice = block.locator('[data-testid="purchase-notice"] p')
      await notice.waitFor({ timeout: 30_000 })
      assert.equal(await block.locator('[data-testid="purchase-error"] p').count(), 0)
      assert.ok((await notice.innerText()).includes(String(first + step)))
      await page.locator('[data-testid="header-cart-mobile"] [data-testid="cart-count"]').waitFor()

      await block.locator('[data-testid="go-to-cart"]').click()
      await page.waitForURL((url) => url.pathname === "/cart")
      const line = page.locator(`[data-testid="cart-line"][data-sku="${variant.sku}"]`)
      await line.waitFor()
      await expectValue(line.locator('[data-testid="cart-quantity"]'), String(first + step))
      assert.match(await line.locator('[data-testid="cart-line-total"]').innerText(), /¥\s?\d/)
      assert.match(await page.locator('[data-testid="cart-subtotal"]').innerText(), /¥\s?\d/)
      // 去结算 leads on only when the tier's rules pass; otherwise it is disabled and says why.
      const checkout = page.locator('[data-testid="checkout"]')
      if ((await checkout.evaluate((el) => el.tagName)) === "A") {
        assert.match((await checkout.getAttribute("href")) ?? "", /\/checkout$/)
      } else {
        assert.ok(await checkout.isDisabled())
        assert.ok(await page.locator('[data-testid="checkout-note"]').isVisible(), "the disabled button says why")
      }

      // The cart's stepper moves by the case pack too, and the backend re-prices the line.
      await page.locator(`[data-testid="cart-line"][data-sku="${variant.sku}"][data-ready="true"]`).waitFor()
      const before = await line.locator('[data-testid="cart-line-total"]').innerText()
      await line.locator('[data-testid="cart-quantity-plus"]').click()
      await page.waitForFunction(
        ([sku, want]) => document.querySelector(`[data-testid="cart-line"][data-sku="${sku}"] [data-testid="cart-quantity"]`)?.value === want &&
          !document.querySelector(`[data-testid="cart-line"][data-sku="${sku}"][aria-busy="true"]`),
        [variant.sku, String(first + 2 * step)],
        { timeout: 30_000 }
      )
      await page.waitForFunction(
        ([sku, old]) => document.querySelector(`[data-testid="cart-line"][data-sku="${sku}"] [data-testid="cart-line-total"]`)?.textContent !== old,
        [variant.sku, before],
        { timeout: 30_000 }
      )

      // The cart id lives in an httpOnly cookie like the session.
      const cookie = (await context.cookies()).find((c) => c.name === "dm_cart")
      assert.ok(cookie?.httpOnly, "dm_cart is httpOnly")
      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
      await screenshot(page, "wholesale-cart-zh-CN-phone")
    } finally {
      await context.close()
    }
  })

  test("a visitor sees no price on the same product page (phone)", { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await openPage(browser, "phone")
    try {
      await goto(page, "zh-CN", `/products/${pick.handle}`)
      await assertPriceGate(page, "zh-CN")
      const text = await page.locator("body").innerText()
      assert.doesNotMatch(text, /[¥￥]/, "no price text")
      assert.ok(!text.includes(W.Purchase.breaks.caption), "no tier table")
      assert.equal(await page.locator('[data-testid="purchase-section"]').count(), 0)
      assert.doesNotMatch(await page.content(), /calculated_price|unit_amount|base_amount/, "no price data in the payload")
      assert.ok(text.includes(MESSAGES["zh-CN"].Price.signInToSee))
      await assertNoHorizontalOverflow(page)
      await assertNoPageErrors(page)
    } finally {
      await context.close()
    }
  })
})
