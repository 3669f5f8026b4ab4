import { authRouter } from "../auth/auth.router";
import { catalogRouter } from "../catalog/catalog.router";
import { checkoutRouter } from "../checkout/checkout.router";
import { fulfilmentRouter } from "../fulfilment/fulfilment.router";
import { moneyRouter } from "../money/money.router";
import { networkRouter } from "../network/network.router";
import { adminRouter } from "../sellers/admin.router";
import { sellerRouter } from "../sellers/seller.router";
import { createCallerFactory, router } from "./init";

export const appRouter = router({
  catalog: catalogRouter,
  auth: authRouter,
  seller: sellerRouter,
  admin: adminRouter,
  shop: checkoutRouter,
  fulfilment: fulfilmentRouter,
  money: moneyRouter,
  network: networkRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
