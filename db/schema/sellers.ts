import { index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { shops } from "./shops";

export const shopMemberRole = pgEnum("shop_member_role", ["owner", "staff"]);

/** Who belongs to a shop. */
export const shopMembers = pgTable(
  "shop_members",
  {
    shopId: uuid()
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: shopMemberRole().notNull().default("owner"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.userId] }), index("shop_members_user_idx").on(t.userId)],
);

/** An agent (post-office clerk, village agent) linked by an admin to a shop they may act for. */
export const agentLinks = pgTable(
  "agent_links",
  {
    shopId: uuid()
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    agentId: text()
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdBy: text().references(() => user.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.agentId] }), index("agent_links_agent_idx").on(t.agentId)],
);

/** Every change made in a shop's name: who, when, what, and whether on the shop's behalf. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid().primaryKey().defaultRandom(),
    shopId: uuid()
      .notNull()
      .references(() => shops.id, { onDelete: "cascade" }),
    actorId: text()
      .notNull()
      .references(() => user.id),
    /** "member" or "agent": an agent acts on the shop's behalf */
    actingAs: text().notNull(),
    action: text().notNull(),
    /** what changed, e.g. { product: "slug", before: …, after: … } */
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // the owner reads their shop's log newest first
  (t) => [index("audit_log_shop_at_idx").on(t.shopId, t.at)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
