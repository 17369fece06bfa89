import { breakRanges, tierPriceError } from "../breaks"
import { formatCsv, parseCsv } from "../csv"
import { matrixToCsvRows, readMatrixCsv } from "../matrix-csv"
import { parseOrderText } from "../order-lines"
import { checkQuantity, firstValidQuantity, ruleError } from "../rules"
import { readSettings, stockView } from "../stock"
import { parseWholesaleError, wholesaleError } from "../wholesale-error"
import { wholesaleMessage } from "../messages"

describe("ordering rules", () => {
  const rule = { min_quantity: 10, multiple: 6, max_quantity: 60 }
  it("names the first rule a quantity breaks", () => {
    expect([6, 12, 13, 60, 66, 0].map((q) => checkQuantity(rule, q)?.code ?? null)).toEqual([
      "below_min_quantity",
      null,
      "not_multiple",
      null,
      "above_max_quantity",
      null,
    ])
    expect(checkQuantity(null, 1)).toBeNull()
  })
  it("starts the quantity input at the first quantity the rule allows", () => {
    expect(firstValidQuantity(rule)).toBe(12)
    expect(firstValidQuantity({ min_quantity: null, multiple: 24, max_quantity: null })).toBe(24)
    expect(firstValidQuantity(null)).toBe(1)
  })
  it("refuses rules nobody could satisfy", () => {
    expect(ruleError({ min_quantity: 10, multiple: 6, max_quantity: 11 })).toBe("max_quantity")
    expect(ruleError({ min_quantity: 0, multiple: null, max_quantity: null })).toBe("min_quantity")
    expect(ruleError({ min_quantity: null, multiple: 2.5, max_quantity: null })).toBe("multiple")
    expect(ruleError(rule)).toBeNull()
  })
})

describe("quantity breaks", () => {
  it("accepts breaks that grow in quantity and fall in price", () => {
    expect(tierPriceError({ amount: 10, breaks: [{ min_quantity: 10, amount: 9 }, { min_quantity: 50, amount: 8 }] })).toBeNull()
    expect(tierPriceError({ amount: 10, breaks: [{ min_quantity: 10, amount: 11 }] })).toBe("breaks.amount")
    expect(tierPriceError({ amount: 10, breaks: [{ min_quantity: 1, amount: 9 }] })).toBe("breaks.min_quantity")
    expect(tierPriceError({ amount: null, breaks: [{ min_quantity: 5, amount: 9 }] })).toBe("amount")
    expect(tierPriceError({ amount: 0, breaks: [] })).toBe("amount")
    expect(tierPriceError({ amount: null, breaks: [] })).toBeNull()
  })
  it("turns breaks into ranges a dealer reads", () => {
    expect(breakRanges({ amount: 10, breaks: [{ min_quantity: 50, amount: 8 }, { min_quantity: 10, amount: 9 }] })).toEqual([
      { min_quantity: 1, max_quantity: 9, amount: 10 },
      { min_quantity: 10, max_quantity: 49, amount: 9 },
      { min_quantity: 50, max_quantity: null, amount: 8 },
    ])
    expect(breakRanges({ amount: 10, breaks: [] })).toEqual([])
  })
})

describe("CSV", () => {
  it("reads quotes, commas, CRLF and a BOM and writes what it reads", () => {
    const rows = [["sku", "名称"], ["A-1", '水, "特级"'], ["B-2", "多\n行"]]
    expect(parseCsv(formatCsv(rows))).toEqual(rows)
    expect(parseCsv("\uFEFFa,b\r\n1,2\r\n\r\n")).toEqual([["a", "b"], ["1", "2"]])
  })
  it("neutralises cells that spreadsheets would run as formulas", () => {
    expect(formatCsv([["=HYPERLINK(1)"]])).toBe('\uFEFF"=HYPERLINK(1)"\r\n')
  })
  it("round-trips the price matrix and reports malformed cells by line and column", () => {
    const tiers = [{ id: "t1", name: "一级" }]
    const table = matrixToCsvRows(tiers, [
      {
        variant_id: "v1",
        sku: "A-1",
        product_title: "水",
        variant_title: "550ml",
        base_amount: 24,
        rules: { min_quantity: 6, multiple: 6, max_quantity: null },
        prices: { t1: { amount: 20.4, breaks: [{ min_quantity: 20, amount: 19.5 }] } },
      },
    ])
    const read = readMatrixCsv(parseCsv(formatCsv(table)), tiers)
    expect(read.problems).toEqual([])
    expect(read.rows).toEqual([
      {
        line: 2,
        sku: "A-1",
        base_amount: 24,
        rules: { min_quantity: 6, multiple: 6, max_quantity: null },
        prices: { t1: { amount: 20.4, breaks: [{ min_quantity: 20, amount: 19.5 }] } },
      },
    ])
    const bad = readMatrixCsv(parseCsv("sku,一级,一级 breaks,min_quantity\nA-1,x,20-19,\n,1,,"), tiers)
    expect(bad.problems).toEqual([
      { line: 2, sku: "A-1", column: "一级", message: "not_a_number" },
      { line: 2, sku: "A-1", column: "一级 breaks", message: "bad_breaks" },
      { line: 3, sku: "", column: "sku", message: "required" },
    ])
    expect(readMatrixCsv(parseCsv("sku,二级\nA,1"), tiers).problems[0]).toEqual(expect.objectContaining({ column: "一级", message: "missing_column" }))
  })
})

describe("quick-order text", () => {
  it("reads SKU and quantity separated any common way, skipping a header and blank lines", () => {
    const { lines, problems } = parseOrderText("商品编码\t数量\nA-1 12\nB-2，3\n\nC-3,abc\n , 4\nD-4 0")
    expect(lines).toEqual([
      { line: 2, sku: "A-1", quantity: 12 },
      { line: 3, sku: "B-2", quantity: 3 },
    ])
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [5, "bad_quantity"],
      [6, "bad_line"],
      [7, "bad_quantity"],
    ])
  })
})

describe("stock display", () => {
  const settings = readSettings({ wholesale: { stock_display: "exact", low_stock_threshold: 5 } })
  it("shows a level, and the number only when the store says so", () => {
    expect(stockView(3, true, settings)).toEqual({ level: "low", quantity: 3 })
    expect(stockView(0, true, readSettings(null))).toEqual({ level: "out", quantity: null })
    expect(stockView(100, true, readSettings(null))).toEqual({ level: "plenty", quantity: null })
    expect(stockView(null, false, settings)).toEqual({ level: "plenty", quantity: null })
  })
  it("falls back to defaults for nonsense settings", () => {
    expect(readSettings({ wholesale: { stock_display: "all", low_stock_threshold: -1 } })).toEqual({ stock_display: "level", low_stock_threshold: 20 })
  })
})

describe("coded refusals", () => {
  it("carry their code and details through a message and come out in either language", () => {
    const err = wholesaleError("below_min_quantity", { title: "纯净水", min_quantity: 10, sku: null })
    expect(err.message).toMatch(/「纯净水」起订量为 10 件$/)
    expect(parseWholesaleError(err.message)).toEqual({ code: "below_min_quantity", details: { title: "纯净水", min_quantity: 10, sku: null } })
    expect(wholesaleMessage("below_min_quantity", "en", { title: "Water", min_quantity: 10 })).toBe("Water: the minimum order quantity is 10")
    expect(parseWholesaleError("plain message")).toBeNull()
  })
})
