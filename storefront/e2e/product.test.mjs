import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import {
  COMBOS, MESSAGES, TEST_TIMEOUT, assertCommonPage, assertPriceGate, discoverProduct, goto, launchBrowser,
  openPage, screenshot, storeApi,
} from "./helpers.mjs"

describe("product detail", () => {
  let browser
  let product
  let backend
  before(async () => {
    browser = await launchBrowser()
    product = await discoverProduct(browser)
    // Only when MEDUSA_PUBLISHABLE_KEY is set: lets us check the English title.
    const data = await storeApi(`/store/products?handle=${product.handle}&fields=title,metadata`)
    backend = data?.products?.[0] ?? null
  })
  after(() => browser?.close())

  for (const { locale, viewport } of COMBOS) {
    test(`renders in ${locale} at ${viewport} size`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await openPage(browser, viewport)
      try {
        await goto(page, locale, product.href)
        const m = MESSAGES[locale]
        const h1 = (await page.locator("h1").innerText()).trim()
        if (locale === "zh-CN") assert.equal(h1, product.title)
        if (backend) assert.equal(h1, (locale === "en" && backend.metadata?.title_en) || backend.title)

        const gallery = page.locator('[data-testid="product-gallery"]')
        assert.ok(await gallery.isVisible(), "gallery")
        assert.ok((await gallery.locator('img, [role="img"]').count()) > 0, "an image or its placeholder")

        const rows = page.locator('[data-testid="variants-table"] tbody tr')
        assert.ok((await rows.count()) > 0, "variants listed")
        assert.ok((await page.locator('[data-testid="variant-sku"]').allInnerTexts()).includes(product.sku))

        const crumbs = await page.locator('[data-testid="breadcrumb"]').innerText()
        assert.ok(crumbs.includes(m.Breadcrumb.home) && crumbs.includes(h1), "breadcrumb ends with the product")
        assert.ok((await page.locator('[data-testid="breadcrumb"] a[href*="/categories/"]').count()) > 0, "category crumb")

        await assertPriceGate(page, locale)
        const text = await assertCommonPage(page, { locale, viewport })
        assert.ok(text.includes(m.Product.variants) && text.includes(m.Product.description))
        // Prices must not even travel in the RSC payload.
        assert.doesNotMatch(await page.content(), /calculated_price|"prices"/)
        await screenshot(page, `product-${locale}-${viewport}`)
      } finally {
        await context.close()
      }
    })
  }
})
