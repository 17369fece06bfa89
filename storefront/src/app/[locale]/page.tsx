import { toLocale } from "@/i18n/routing"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listCategories, topLevelCategories } from "@/lib/data/categories"
import { listNewProducts } from "@/lib/data/products"
import Hero from "@/components/home/Hero"
import NewProductsStrip from "@/components/home/NewProductsStrip"
import DealerCta from "@/components/home/DealerCta"
import CategoryGrid from "@/components/category/CategoryGrid"
import SectionHeading from "@/components/common/SectionHeading"

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const locale = toLocale((await params).locale)
  setRequestLocale(locale)
  const t = await getTranslations("Home")
  const [categories, newProducts] = await Promise.all([listCategories(), listNewProducts(8)])
  const roots = topLevelCategories(categories)

  return (
    <div className="flex flex-col gap-8 md:gap-10">
      <Hero />
      {roots.length > 0 && (
        <section aria-labelledby="categories-heading" data-testid="home-categories">
          <SectionHeading
            id="categories-heading"
            title={t("categoriesTitle")}
            action={
              <Link href="/categories" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
                {t("viewAll")}
              </Link>
            }
          />
          <CategoryGrid roots={roots} all={categories} />
        </section>
      )}
      <NewProductsStrip products={newProducts.items} />
      <DealerCta />
    </div>
  )
}
