import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import {
  COMBOS, MESSAGES, TEST_TIMEOUT, assertCommonPage, assertPriceGate, discoverProduct, goto, launchBrowser,
  openPage, productCardCount, screenshot, stripLocale,
} from "./helpers.mjs"

/** Hrefs of result cards, locale prefix removed. */
async function resultHrefs(page) {
  await productCardCount(page)
  const hrefs = await page
    .locator('[data-testid="product-card-title"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")))
  return hrefs.map(stripLocale)
}

describe("search", () => {
  let browser
  let product
  before(async () => {
    browser = await launchBrowser()
    // A real product (title, SKU, barcode) read from the running site.
    product = await discoverProduct(browser)
  })
  after(() => browser?.close())

  for (const { locale, viewport } of COMBOS) {
    test(`by Chinese name from the header box in ${locale} at ${viewport} size`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await openPage(browser, viewport)
      try {
        await goto(page, locale, "/")
        await page.locator("#site-search").fill(product.title)
        await page.locator("#site-search").press("Enter")
        await page.waitForURL(/\/search\?q=/)
        assert.equal(new URL(page.url()).searchParams.get("q"), product.title)
        assert.equal(await page.locator("#site-search").inputValue(), product.title, "box keeps the query")
        const hrefs = await resultHrefs(page)
        assert.ok(hrefs.includes(product.href), `${product.href} among results for ${product.title}`)
        await assertPriceGate(page, locale)
        await assertCommonPage(page, { locale, viewport })
        await screenshot(page, `search-name-${locale}-${viewport}`)
      } finally {
        await context.close()
      }
    })

    test(`by SKU in ${locale} at ${viewport} size`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await openPage(browser, viewport)
      try {
        await goto(page, locale, `/search?q=${encodeURIComponent(product.sku)}`)
        const hrefs = await resultHrefs(page)
        assert.ok(hrefs.includes(product.href), `${product.href} among results for SKU ${product.sku}`)
        const text = await assertCommonPage(page, { locale, viewport })
        assert.ok(text.includes(product.sku), "the query is echoed")
        await screenshot(page, `search-sku-${locale}-${viewport}`)
      } finally {
        await context.close()
      }
    })
  }

  test("by barcode", { timeout: TEST_TIMEOUT }, async (t) => {
    if (!/^\d{8,14}$/.test(product.barcode)) return t.skip(`first variant has no barcode (${product.barcode})`)
    const { context, page } = await openPage(browser, "desktop")
    try {
      await goto(page, "zh-CN", `/search?q=${product.barcode}`)
      assert.ok((await resultHrefs(page)).includes(product.href))
    } finally {
      await context.close()
    }
  })

  for (const locale of ["zh-CN", "en"]) {
    test(`no match shows the empty state in ${locale}`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await openPage(browser, "phone")
      try {
        await goto(page, locale, `/search?q=${encodeURIComponent("zz-不存在的商品-e2e-0000")}`)
        const empty = page.locator('[data-testid="empty-state"]')
        await empty.waitFor()
        assert.ok((await empty.innerText()).includes(MESSAGES[locale].Search.emptyTitle))
        assert.equal(await page.locator('[data-testid="product-card"]').count(), 0)
        await assertCommonPage(page, { locale, viewport: "phone" })
        await screenshot(page, `search-empty-${locale}-phone`)
      } finally {
        await context.close()
      }
    })
  }
})
