-- The province flows rollup (0021, 0022) is kept in step once per statement instead of once per parcel row:
-- the rows a statement inserted or changed (transition tables) are summed per province, month and shard, and
-- each rollup row is written once. Row by row, a statement over many parcels updated the same few rollup rows
-- once per parcel, and each update walked the row versions the transaction had left behind: a cost that grew
-- with the square of the batch. What is counted does not change: a parcel's figures as server/network/flows.ts
-- counts them straight from the parcels.

-- The queries run as dynamic SQL: planned each time for the rows at hand (a cached plan made for one row
-- would loop over a batch of thousands, one made for thousands would scan whole tables for one row).
CREATE FUNCTION vp_flows_shipments_statement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    changed := 'SELECT n.*, 1 AS sign FROM flows_new n';
  ELSE
    -- a parcel whose counted columns stay the same changes nothing; any other is taken back as it was and added
    -- as it is (whole when its order, shop or time changed, only the difference otherwise)
    changed := $c$
      SELECT n.*, 1 AS sign FROM flows_new n
      WHERE NOT EXISTS (SELECT 1 FROM flows_old o WHERE o.id = n.id
        AND (o.status, o.tracking_status, o.tracking_status_at, o.cod_collected_minor, o.created_at, o.order_id, o.shop_id)
          IS NOT DISTINCT FROM (n.status, n.tracking_status, n.tracking_status_at, n.cod_collected_minor, n.created_at, n.order_id, n.shop_id))
      UNION ALL
      SELECT o.*, -1 AS sign FROM flows_old o
      WHERE NOT EXISTS (SELECT 1 FROM flows_new n WHERE n.id = o.id
        AND (o.status, o.tracking_status, o.tracking_status_at, o.cod_collected_minor, o.created_at, o.order_id, o.shop_id)
          IS NOT DISTINCT FROM (n.status, n.tracking_status, n.tracking_status_at, n.cod_collected_minor, n.created_at, n.order_id, n.shop_id))$c$;
  END IF;
  EXECUTE 'WITH changed AS MATERIALIZED (' || changed || $q$),
  parts AS MATERIALIZED (
    -- only a confirmed parcel counts
    SELECT c.id, c.order_id, c.sign, o.market_code AS market,
      date_trunc('month', c.created_at AT TIME ZONE mk.time_zone)::date AS month,
      sh.village_id AS origin_region,
      coalesce(sp.region_id, nullif(o.delivery->>'villageId', '')::uuid) AS dest_region,
      mod(abs(hashtext(c.id::text)), 8)::smallint AS shard,
      coalesce(c.tracking_status IS NOT NULL AND c.tracking_status <> 'label_created', false)::int AS posted,
      coalesce(c.tracking_status IS NOT DISTINCT FROM 'delivered', false)::int AS done,
      coalesce(c.cod_collected_minor, 0)::bigint AS cod,
      CASE WHEN c.tracking_status IS NOT DISTINCT FROM 'delivered'
        THEN greatest(0, floor(extract(epoch FROM c.tracking_status_at - c.created_at) / 86400))::int END AS days
    FROM changed c
    JOIN orders o ON o.id = c.order_id
    JOIN markets mk ON mk.code = o.market_code
    JOIN shops sh ON sh.id = c.shop_id
    LEFT JOIN service_points sp ON sp.id = o.service_point_id
    WHERE c.status = 'confirmed'
  ),
  -- a parcel's value counts only where it is added or taken back whole (a change of its tracking cancels out)
  whole AS MATERIALIZED (
    SELECT id, order_id FROM parts GROUP BY id, order_id HAVING sum(sign) <> 0
  ),
  value AS MATERIALIZED (
    SELECT l.shipment_id, l.order_id, sum(l.unit_price_minor * l.quantity) AS value
    FROM order_lines l JOIN whole w ON w.id = l.shipment_id AND w.order_id = l.order_id
    GROUP BY l.shipment_id, l.order_id
  ),
  -- each region's province once, however many parcels it has
  provinces AS MATERIALIZED (
    SELECT r.region, vp_province_of(r.region) AS province
    FROM (SELECT origin_region FROM parts UNION SELECT dest_region FROM parts) r(region)
    WHERE r.region IS NOT NULL
  ),
  placed AS MATERIALIZED (
    SELECT parts.*, po.province AS origin, pd.province AS dest, coalesce(v.value, 0)::bigint AS value
    FROM parts
    LEFT JOIN provinces po ON po.region = parts.origin_region
    LEFT JOIN provinces pd ON pd.region = parts.dest_region
    LEFT JOIN value v ON v.shipment_id = parts.id AND v.order_id = parts.order_id
  ),
  flows AS (
    SELECT origin AS province_id, market, month, shard, sign AS orders_out, 0 AS orders_in, sign * value AS value_out, 0::bigint AS value_in,
      sign * posted AS parcels_out, 0 AS parcels_in, 0 AS delivered, 0::bigint AS cod
    FROM placed WHERE origin IS NOT NULL
    UNION ALL
    SELECT dest, market, month, shard, 0, sign, 0::bigint, sign * value, 0, sign * posted, sign * done, sign * cod
    FROM placed WHERE dest IS NOT NULL
  ),
  flows_written AS (
    -- rows in province order, so two transactions never wait for each other crosswise
    INSERT INTO province_flows AS f (province_id, market_code, month, shard, orders_out, orders_in, value_out_minor, value_in_minor,
      parcels_out, parcels_in, delivered, held, redeliveries, cod_collected_minor)
    SELECT province_id, min(market), month, shard, sum(orders_out), sum(orders_in), sum(value_out), sum(value_in),
      sum(parcels_out), sum(parcels_in), sum(delivered), 0, 0, sum(cod)
    FROM flows
    GROUP BY province_id, month, shard
    HAVING (sum(orders_out), sum(orders_in), sum(value_out), sum(value_in), sum(parcels_out), sum(parcels_in), sum(delivered), sum(cod))
      IS DISTINCT FROM (0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY province_id, month, shard
    ON CONFLICT (province_id, month, shard) DO UPDATE SET
      orders_out = f.orders_out + excluded.orders_out, orders_in = f.orders_in + excluded.orders_in,
      value_out_minor = f.value_out_minor + excluded.value_out_minor, value_in_minor = f.value_in_minor + excluded.value_in_minor,
      parcels_out = f.parcels_out + excluded.parcels_out, parcels_in = f.parcels_in + excluded.parcels_in,
      delivered = f.delivered + excluded.delivered, cod_collected_minor = f.cod_collected_minor + excluded.cod_collected_minor
  )
  INSERT INTO province_delivery_days AS d (province_id, market_code, month, days, parcels)
  SELECT dest, min(market), month, days, sum(sign)
  FROM placed
  WHERE dest IS NOT NULL AND days IS NOT NULL
  GROUP BY dest, month, days
  HAVING sum(sign) <> 0
  ORDER BY dest, month, days
  ON CONFLICT (province_id, month, days) DO UPDATE SET parcels = d.parcels + excluded.parcels$q$;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- lines written after their parcel was confirmed (cash on delivery writes the parcel first) add their value
CREATE FUNCTION vp_flows_lines_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE $q$
  WITH added AS MATERIALIZED (
    SELECT shipment_id, sum(unit_price_minor * quantity)::bigint AS value FROM flows_new_lines GROUP BY shipment_id
  ),
  parts AS MATERIALIZED (
    SELECT o.market_code AS market, date_trunc('month', s.created_at AT TIME ZONE mk.time_zone)::date AS month,
      sh.village_id AS origin_region,
      coalesce(sp.region_id, nullif(o.delivery->>'villageId', '')::uuid) AS dest_region,
      mod(abs(hashtext(s.id::text)), 8)::smallint AS shard, a.value
    FROM added a
    JOIN shipments s ON s.id = a.shipment_id
    JOIN orders o ON o.id = s.order_id
    JOIN markets mk ON mk.code = o.market_code
    JOIN shops sh ON sh.id = s.shop_id
    LEFT JOIN service_points sp ON sp.id = o.service_point_id
    WHERE s.status = 'confirmed'
  ),
  provinces AS MATERIALIZED (
    SELECT r.region, vp_province_of(r.region) AS province
    FROM (SELECT origin_region FROM parts UNION SELECT dest_region FROM parts) r(region)
    WHERE r.region IS NOT NULL
  ),
  flows AS (
    SELECT po.province AS province_id, parts.market, parts.month, parts.shard, parts.value AS value_out, 0::bigint AS value_in
    FROM parts JOIN provinces po ON po.region = parts.origin_region WHERE po.province IS NOT NULL
    UNION ALL
    SELECT pd.province, parts.market, parts.month, parts.shard, 0::bigint, parts.value
    FROM parts JOIN provinces pd ON pd.region = parts.dest_region WHERE pd.province IS NOT NULL
  )
  INSERT INTO province_flows AS f (province_id, market_code, month, shard, value_out_minor, value_in_minor)
  SELECT province_id, min(market), month, shard, sum(value_out), sum(value_in)
  FROM flows
  GROUP BY province_id, month, shard
  HAVING (sum(value_out), sum(value_in)) IS DISTINCT FROM (0, 0)
  ORDER BY province_id, month, shard
  ON CONFLICT (province_id, month, shard) DO UPDATE SET
    value_out_minor = f.value_out_minor + excluded.value_out_minor, value_in_minor = f.value_in_minor + excluded.value_in_minor$q$;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER shipments_flows_insert ON shipments;
--> statement-breakpoint
DROP TRIGGER shipments_flows_update ON shipments;
--> statement-breakpoint
DROP TRIGGER order_lines_flows_insert ON order_lines;
--> statement-breakpoint
DROP FUNCTION vp_flows_shipments_trigger();
--> statement-breakpoint
DROP FUNCTION vp_flows_lines_trigger();
--> statement-breakpoint
DROP FUNCTION vp_flows_shipment_change(shipments, shipments);
--> statement-breakpoint
DROP FUNCTION vp_flows_parts(shipments);
--> statement-breakpoint
DROP FUNCTION vp_flows_shipment(shipments, int);
--> statement-breakpoint
CREATE TRIGGER shipments_flows_insert AFTER INSERT ON shipments
  REFERENCING NEW TABLE AS flows_new FOR EACH STATEMENT EXECUTE FUNCTION vp_flows_shipments_statement();
--> statement-breakpoint
CREATE TRIGGER shipments_flows_update AFTER UPDATE ON shipments
  REFERENCING OLD TABLE AS flows_old NEW TABLE AS flows_new FOR EACH STATEMENT EXECUTE FUNCTION vp_flows_shipments_statement();
--> statement-breakpoint
CREATE TRIGGER order_lines_flows_insert AFTER INSERT ON order_lines
  REFERENCING NEW TABLE AS flows_new_lines FOR EACH STATEMENT EXECUTE FUNCTION vp_flows_lines_statement();
