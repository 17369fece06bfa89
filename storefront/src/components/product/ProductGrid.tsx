import type { Product } from "@/lib/types"
import ProductCard from "./ProductCard"

export default function ProductGrid({ products }: { products: Product[] }) {
  return (
    <ul
      data-testid="product-grid"
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:gap-4 lg:grid-cols-4 xl:grid-cols-6"
    >
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} />
        </li>
      ))}
    </ul>
  )
}
