import { Module } from "@medusajs/framework/utils"
import OrderReviewModuleService from "./service"

export const ORDER_REVIEW_MODULE = "order_review"

export default Module(ORDER_REVIEW_MODULE, { service: OrderReviewModuleService })
