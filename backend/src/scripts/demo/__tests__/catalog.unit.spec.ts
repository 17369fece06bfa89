import { demoCategories } from "../categories"
import { demoProducts } from "../products"
import { demoImageFileName, escapeXml, packageShape, productImageSvg, productImageSvgs } from "../product-image"
import type { DemoProduct } from "../types"
import { ean13CheckDigit, validateDemoCatalog } from "../validate"

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x))

describe("demo catalog", () => {
  it("ships a catalog without problems", () => {
    expect(validateDemoCatalog(demoCategories, demoProducts)).toEqual([])
  })

  it("is big enough and has a category tree", () => {
    expect(demoProducts.length).toBeGreaterThanOrEqual(60)
    expect(demoCategories.filter((c) => c.children?.length).length).toBeGreaterThanOrEqual(3)
    expect(demoProducts.filter((p) => p.status === "draft").length).toBe(2)
    const multi = demoProducts.filter((p) => p.variants.length > 1).length
    expect(multi / demoProducts.length).toBeGreaterThan(0.25)
    const stocks = demoProducts.flatMap((p) => p.variants.map((v) => v.stock))
    expect(stocks.filter((s) => s === 0).length).toBeGreaterThanOrEqual(3)
    expect(stocks.filter((s) => s >= 1 && s <= 8).length).toBeGreaterThanOrEqual(3)
  })

  it("computes EAN-13 check digits", () => {
    expect(ean13CheckDigit("690123456789")).toBe(2)
    expect(ean13CheckDigit("400638133393")).toBe(1)
  })

  it("catches a bad barcode", () => {
    const products = clone(demoProducts)
    const v = products[0].variants[0]
    v.barcode = v.barcode.slice(0, 12) + String((Number(v.barcode[12]) + 1) % 10)
    const problems = validateDemoCatalog(demoCategories, products)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/check digit/)

    products[0].variants[0].barcode = "4006381333931" // valid EAN-13, not a Chinese prefix
    expect(validateDemoCatalog(demoCategories, products).join("\n")).toMatch(/prefix 400/)
  })

  it("catches a duplicate SKU", () => {
    const products = clone(demoProducts)
    products[1].variants[0].sku = products[0].variants[0].sku
    const problems = validateDemoCatalog(demoCategories, products)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/duplicate SKU/)
  })

  it("catches wrong categories, options and prices", () => {
    const products: DemoProduct[] = clone(demoProducts)
    products[0].category = "beverages" // not a leaf
    products[1].category = "nope"
    products[2].variants[0].options = { 口味: "原味" }
    products[3].variants[0].price = 12.345
    products[4].variants[0].price = 0
    products[5].variants[0].stock = 1.5
    products[6].handle = products[7].handle
    const text = validateDemoCatalog(demoCategories, products).join("\n")
    expect(text).toMatch(/is not a leaf/)
    expect(text).toMatch(/unknown category "nope"/)
    expect(text).toMatch(/"口味" is not an option/)
    expect(text).toMatch(/more than 2 decimals/)
    expect(text).toMatch(/price must be > 0/)
    expect(text).toMatch(/stock must be an integer/)
    expect(text).toMatch(/duplicate product handle/)
  })
})

describe("product images", () => {
  const input = { title: "山泉源 <特价> & \"新品\"", subtitle: "550ml×24瓶/箱", hue: 200, glyph: "水" }

  it("produces a self-contained 800×800 svg", () => {
    const svg = productImageSvg(input)
    expect(svg.startsWith("<svg")).toBe(true)
    expect(svg.endsWith("</svg>")).toBe(true)
    expect(svg).toContain('width="800" height="800"')
    expect(svg).not.toMatch(/href|url\((?!#)|@import|<image/)
  })

  it("escapes XML special characters", () => {
    const svg = productImageSvg(input)
    expect(svg).toContain("山泉源 &lt;特价&gt; &amp; &quot;新品&quot;")
    expect(svg).not.toContain("<特价>")
    expect(escapeXml(`<a & 'b'>`)).toBe("&lt;a &amp; &apos;b&apos;&gt;")
    // every & starts an entity, and tags are balanced
    expect(svg).not.toMatch(/&(?!(?:lt|gt|amp|quot|apos);)/)
    const opened = (svg.match(/<(?!\/)[a-zA-Z][^>]*[^/]>/g) ?? []).length
    const closed = (svg.match(/<\/[a-zA-Z]+>/g) ?? []).length
    expect(opened).toBe(closed)
  })

  it("picks a package shape and adds a case view for cases", () => {
    expect(packageShape("550ml×24瓶/箱")).toBe("bottle")
    expect(packageShape("5L×4桶/箱")).toBe("jug")
    expect(packageShape("110g×12桶/箱")).toBe("can")
    expect(packageShape("10kg/袋")).toBe("bag")
    expect(packageShape("43g×24条/盒")).toBe("box")
    expect(productImageSvgs(input)).toHaveLength(2)
    expect(productImageSvgs({ ...input, subtitle: "10kg/袋" })).toHaveLength(1)
    expect(demoImageFileName("abc", 1)).toBe("abc-1.svg")
  })

  it("renders every demo product", () => {
    for (const p of demoProducts) {
      const svgs = productImageSvgs({ title: p.title, subtitle: p.subtitle, ...p.image })
      expect(svgs.length).toBeGreaterThanOrEqual(1)
      for (const svg of svgs) expect(svg.endsWith("</svg>")).toBe(true)
    }
  })
})
