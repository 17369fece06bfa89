import { MedusaService } from "@medusajs/framework/utils"
import { OrderReview } from "./models/order-review"
import { ReviewDecision } from "./models/review-decision"
import { ReviewStage } from "./models/review-stage"
import { ReviewRule } from "./models/review-rule"

class OrderReviewModuleService extends MedusaService({ OrderReview, ReviewDecision, ReviewStage, ReviewRule }) {}

export default OrderReviewModuleService
