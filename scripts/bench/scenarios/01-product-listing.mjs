// A dealer pages through the catalog: 24 products a page with their calculated (dealer) prices.
const PAGE = 24

export default {
  name: "product-listing",
  title: "Product listing",
  endpoint: "GET /store/products?limit=24&offset=<random page>&collection_id=<bench>&region_id=…&fields=*variants.calculated_price",

  requests({ dataset, headers }, dealer) {
    const pages = Math.max(1, Math.ceil(dataset.products.length / PAGE))
    const base =
      `/store/products?limit=${PAGE}&collection_id=${dataset.collectionId}` +
      `&region_id=${dataset.regionId}&fields=${encodeURIComponent("*variants.calculated_price")}`
    return [
      {
        method: "GET",
        headers: headers(dealer),
        setupRequest: (req) => {
          req.path = `${base}&offset=${Math.floor(Math.random() * pages) * PAGE}`
          return req
        },
      },
    ]
  },
}
