import assert from "node:assert/strict"
import { after, before, describe, test } from "node:test"
import {
  COMBOS, MESSAGES, TEST_TIMEOUT, assertCommonPage, assertPriceGate, goto, launchBrowser, openPage,
  productCardCount, screenshot,
} from "./helpers.mjs"

describe("home page", () => {
  let browser
  before(async () => {
    browser = await launchBrowser()
  })
  after(() => browser?.close())

  for (const { locale, viewport } of COMBOS) {
    test(`renders in ${locale} at ${viewport} size`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await openPage(browser, viewport)
      try {
        await goto(page, locale, "/")
        const m = MESSAGES[locale]
        assert.match(await page.locator("h1").first().innerText(), /DealerMall/)
        assert.ok((await page.locator('[data-testid="category-tile"]').count()) > 0, "category tiles")
        const cards = await productCardCount(page)
        assert.ok(cards > 0 && cards <= 8, `new products strip shows 1–8 cards, got ${cards}`)
        await assertPriceGate(page, locale)
        const text = await assertCommonPage(page, { locale, viewport })
        assert.ok(text.includes(m.Home.newProductsTitle), "new products heading")
        assert.ok(text.includes(m.Home.ctaTitle), "dealer call to action")
        const cta = page.locator('[data-testid="dealer-cta"] a')
        assert.match((await cta.getAttribute("href")) ?? "", /\/apply$/)
        await screenshot(page, `home-${locale}-${viewport}`)
      } finally {
        await context.close()
      }
    })
  }

  test("language switch goes to /en and back, keeping the page", { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await openPage(browser, "desktop")
    try {
      await goto(page, "zh-CN", "/sign-in")
      await page.locator('[data-testid="language-switch"]:visible').click()
      await page.waitForURL(/\/en\/sign-in$/)
      assert.equal(await page.getAttribute("html", "lang"), "en")
      await page.locator('[data-testid="language-switch"]:visible').click()
      await page.waitForURL((url) => url.pathname === "/sign-in")
      assert.equal(await page.getAttribute("html", "lang"), "zh-CN")
    } finally {
      await context.close()
    }
  })
})
