-- Keeps province_flows and province_delivery_days (0021) in step with the parcels, in the
-- transaction that changes them: the flows screen reads a few hundred rows, never the shipments.
-- server/network/flows.ts holds the same definitions as one direct aggregate (rebuild and tests).

-- the province a region lies in (itself when it is one); null above or outside a province
CREATE FUNCTION vp_province_of(region uuid) RETURNS uuid LANGUAGE plpgsql STABLE AS $$
DECLARE
  here uuid := region;
  up uuid;
  lvl region_level;
BEGIN
  -- a walk up the parent ids, one primary-key lookup a level (four at most)
  FOR depth IN 0..8 LOOP
    SELECT parent_id, level INTO up, lvl FROM regions WHERE id = here;
    IF NOT FOUND THEN RETURN NULL; END IF;
    IF lvl = 'province' THEN RETURN here; END IF;
    IF up IS NULL THEN RETURN NULL; END IF;
    here := up;
  END LOOP;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION vp_flows_add(province uuid, market char(2), month date, shard smallint,
  d_orders_out int, d_orders_in int, d_value_out bigint, d_value_in bigint, d_parcels_out int, d_parcels_in int,
  d_delivered int, d_held int, d_redeliveries int, d_cod bigint) RETURNS void LANGUAGE sql AS $$
  INSERT INTO province_flows AS f (province_id, market_code, month, shard, orders_out, orders_in, value_out_minor, value_in_minor,
    parcels_out, parcels_in, delivered, held, redeliveries, cod_collected_minor)
  VALUES (province, market, month, shard, d_orders_out, d_orders_in, d_value_out, d_value_in, d_parcels_out, d_parcels_in,
    d_delivered, d_held, d_redeliveries, d_cod)
  ON CONFLICT (province_id, month, shard) DO UPDATE SET
    orders_out = f.orders_out + excluded.orders_out, orders_in = f.orders_in + excluded.orders_in,
    value_out_minor = f.value_out_minor + excluded.value_out_minor, value_in_minor = f.value_in_minor + excluded.value_in_minor,
    parcels_out = f.parcels_out + excluded.parcels_out, parcels_in = f.parcels_in + excluded.parcels_in,
    delivered = f.delivered + excluded.delivered, held = f.held + excluded.held,
    redeliveries = f.redeliveries + excluded.redeliveries, cod_collected_minor = f.cod_collected_minor + excluded.cod_collected_minor
$$;
--> statement-breakpoint
-- where a parcel counts: its seller's and its recipient's provinces, its order's month in the market's time zone, its shard
CREATE FUNCTION vp_flows_place(s shipments, OUT market char(2), OUT month date, OUT origin uuid, OUT dest uuid, OUT shard smallint)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  tz text;
  dest_region uuid;
  shop_village uuid;
BEGIN
  SELECT o.market_code, m.time_zone, coalesce(sp.region_id, nullif(o.delivery->>'villageId', '')::uuid), sh.village_id
    INTO market, tz, dest_region, shop_village
    FROM orders o
    JOIN markets m ON m.code = o.market_code
    JOIN shops sh ON sh.id = s.shop_id
    LEFT JOIN service_points sp ON sp.id = o.service_point_id
   WHERE o.id = s.order_id;
  IF market IS NULL THEN RETURN; END IF;
  month := date_trunc('month', s.created_at AT TIME ZONE tz)::date;
  origin := vp_province_of(shop_village);
  dest := vp_province_of(dest_region);
  shard := (abs(hashtext(s.id::text)) % 8)::smallint;
END
$$;
--> statement-breakpoint
-- adds (sign 1) or takes back (sign -1) what a parcel's row says: a confirmed order, posted, delivered, cash
CREATE FUNCTION vp_flows_shipment(s shipments, sign int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  p record;
  value bigint;
  posted int;
  done int;
  cod bigint;
BEGIN
  IF s.status <> 'confirmed' THEN RETURN; END IF;
  p := vp_flows_place(s);
  IF p.market IS NULL THEN RETURN; END IF;
  -- by order first: order_lines is indexed by order, and an order has a few lines
  SELECT coalesce(sum(unit_price_minor * quantity), 0) INTO value FROM order_lines WHERE order_id = s.order_id AND shipment_id = s.id;
  posted := CASE WHEN s.tracking_status IS NOT NULL AND s.tracking_status <> 'label_created' THEN 1 ELSE 0 END;
  done := CASE WHEN s.tracking_status = 'delivered' THEN 1 ELSE 0 END;
  cod := coalesce(s.cod_collected_minor, 0);
  -- rows in province order, so two transactions never wait for each other crosswise
  IF p.origin IS NOT NULL AND p.dest IS NOT NULL AND p.origin = p.dest THEN
    PERFORM vp_flows_add(p.origin, p.market, p.month, p.shard, sign, sign, sign * value, sign * value, sign * posted, sign * posted, sign * done, 0, 0, sign * cod);
  ELSE
    IF p.origin IS NOT NULL AND (p.dest IS NULL OR p.origin < p.dest) THEN
      PERFORM vp_flows_add(p.origin, p.market, p.month, p.shard, sign, 0, sign * value, 0, sign * posted, 0, 0, 0, 0, 0);
    END IF;
    IF p.dest IS NOT NULL THEN
      PERFORM vp_flows_add(p.dest, p.market, p.month, p.shard, 0, sign, 0, sign * value, 0, sign * posted, sign * done, 0, 0, sign * cod);
    END IF;
    IF p.origin IS NOT NULL AND p.dest IS NOT NULL AND p.origin > p.dest THEN
      PERFORM vp_flows_add(p.origin, p.market, p.month, p.shard, sign, 0, sign * value, 0, sign * posted, 0, 0, 0, 0, 0);
    END IF;
  END IF;
  IF done = 1 AND p.dest IS NOT NULL THEN
    INSERT INTO province_delivery_days AS d (province_id, market_code, month, days, parcels)
    VALUES (p.dest, p.market, p.month, greatest(0, floor(extract(epoch FROM s.tracking_status_at - s.created_at) / 86400))::int, sign)
    ON CONFLICT (province_id, month, days) DO UPDATE SET parcels = d.parcels + excluded.parcels;
  END IF;
END
$$;
--> statement-breakpoint
-- what a parcel's row adds: (confirmed, posted, delivered, cash, days to delivery)
CREATE FUNCTION vp_flows_parts(s shipments, OUT confirmed int, OUT posted int, OUT done int, OUT cod bigint, OUT days int)
LANGUAGE sql IMMUTABLE AS $$
  -- a parcel not booked yet has no tracking status: every test is written to be false on null, never null
  SELECT (s.status = 'confirmed')::int,
    coalesce(s.status = 'confirmed' AND s.tracking_status IS NOT NULL AND s.tracking_status <> 'label_created', false)::int,
    coalesce(s.status = 'confirmed' AND s.tracking_status IS NOT DISTINCT FROM 'delivered', false)::int,
    CASE WHEN s.status = 'confirmed' THEN coalesce(s.cod_collected_minor, 0) ELSE 0 END,
    CASE WHEN s.status = 'confirmed' AND s.tracking_status IS NOT DISTINCT FROM 'delivered'
      THEN greatest(0, floor(extract(epoch FROM s.tracking_status_at - s.created_at) / 86400))::int END
$$;
--> statement-breakpoint
-- a parcel that moves on (same order, shop and time): only the difference, and nothing at all when its figures stay
CREATE FUNCTION vp_flows_shipment_change(o shipments, n shipments) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  a record;
  b record;
  p record;
  value bigint := 0;
BEGIN
  a := vp_flows_parts(o);
  b := vp_flows_parts(n);
  IF a IS NOT DISTINCT FROM b THEN RETURN; END IF;
  p := vp_flows_place(n);
  IF p.market IS NULL THEN RETURN; END IF;
  IF a.confirmed <> b.confirmed THEN
    SELECT coalesce(sum(unit_price_minor * quantity), 0) INTO value FROM order_lines WHERE order_id = n.order_id AND shipment_id = n.id;
  END IF;
  IF p.origin IS NOT NULL AND p.dest IS NOT NULL AND p.origin = p.dest THEN
    PERFORM vp_flows_add(p.origin, p.market, p.month, p.shard, b.confirmed - a.confirmed, b.confirmed - a.confirmed,
      (b.confirmed - a.confirmed) * value, (b.confirmed - a.confirmed) * value, b.posted - a.posted, b.posted - a.posted, b.done - a.done, 0, 0, b.cod - a.cod);
  ELSE
    IF p.origin IS NOT NULL AND (p.dest IS NULL OR p.origin < p.dest) THEN
      PERFORM vp_flows_add(p.origin, p.market, p.month, p.shard, b.confirmed - a.confirmed, 0, (b.confirmed - a.confirmed) * value, 0, b.posted - a.posted, 0, 0, 0, 0, 0);
    END IF;
    IF p.dest IS NOT NULL THEN
      PERFORM vp_flows_add(p.dest, p.market, p.month, p.shard, 0, b.confirmed - a.confirmed, 0, (b.confirmed - a.confirmed) * value, 0, b.posted - a.posted, b.done - a.done, 0, 0, b.cod - a.cod);
    END IF;
    IF p.origin IS NOT NULL AND p.dest IS NOT NULL AND p.origin > p.dest THEN
      PERFORM vp_flows_add(p.origin, p.market, p.month, p.shard, b.confirmed - a.confirmed, 0, (b.confirmed - a.confirmed) * value, 0, b.posted - a.posted, 0, 0, 0, 0, 0);
    END IF;
  END IF;
  IF p.dest IS NOT NULL AND a.days IS DISTINCT FROM b.days THEN
    IF a.days IS NOT NULL THEN
      INSERT INTO province_delivery_days AS d (province_id, market_code, month, days, parcels) VALUES (p.dest, p.market, p.month, a.days, -1)
      ON CONFLICT (province_id, month, days) DO UPDATE SET parcels = d.parcels + excluded.parcels;
    END IF;
    IF b.days IS NOT NULL THEN
      INSERT INTO province_delivery_days AS d (province_id, market_code, month, days, parcels) VALUES (p.dest, p.market, p.month, b.days, 1)
      ON CONFLICT (province_id, month, days) DO UPDATE SET parcels = d.parcels + excluded.parcels;
    END IF;
  END IF;
END
$$;
--> statement-breakpoint
CREATE FUNCTION vp_flows_shipments_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM vp_flows_shipment(NEW, 1);
  ELSIF (OLD.order_id, OLD.shop_id, OLD.created_at) IS DISTINCT FROM (NEW.order_id, NEW.shop_id, NEW.created_at) THEN
    -- counted elsewhere now: taken back whole, added whole
    PERFORM vp_flows_shipment(OLD, -1);
    PERFORM vp_flows_shipment(NEW, 1);
  ELSE
    PERFORM vp_flows_shipment_change(OLD, NEW);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER shipments_flows_insert AFTER INSERT ON shipments FOR EACH ROW EXECUTE FUNCTION vp_flows_shipments_trigger();
--> statement-breakpoint
CREATE TRIGGER shipments_flows_update AFTER UPDATE ON shipments FOR EACH ROW
  WHEN ((OLD.status, OLD.tracking_status, OLD.tracking_status_at, OLD.cod_collected_minor, OLD.created_at, OLD.order_id, OLD.shop_id)
    IS DISTINCT FROM (NEW.status, NEW.tracking_status, NEW.tracking_status_at, NEW.cod_collected_minor, NEW.created_at, NEW.order_id, NEW.shop_id))
  EXECUTE FUNCTION vp_flows_shipments_trigger();
--> statement-breakpoint
-- a line written after its parcel was confirmed (cash on delivery writes the parcel first) adds its value
CREATE FUNCTION vp_flows_lines_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s shipments;
  p record;
  value bigint;
BEGIN
  SELECT * INTO s FROM shipments WHERE id = NEW.shipment_id;
  IF NOT FOUND OR s.status <> 'confirmed' THEN RETURN NULL; END IF;
  p := vp_flows_place(s);
  IF p.market IS NULL THEN RETURN NULL; END IF;
  value := NEW.unit_price_minor * NEW.quantity;
  IF p.origin IS NOT NULL AND p.dest IS NOT NULL AND p.origin = p.dest THEN
    PERFORM vp_flows_add(p.origin, p.market, p.month, p.shard, 0, 0, value, value, 0, 0, 0, 0, 0, 0);
  ELSE
    IF p.origin IS NOT NULL AND (p.dest IS NULL OR p.origin < p.dest) THEN
      PERFORM vp_flows_add(p.origin, p.market, p.month, p.shard, 0, 0, value, 0, 0, 0, 0, 0, 0, 0);
    END IF;
    IF p.dest IS NOT NULL THEN
      PERFORM vp_flows_add(p.dest, p.market, p.month, p.shard, 0, 0, 0, value, 0, 0, 0, 0, 0, 0);
    END IF;
    IF p.origin IS NOT NULL AND p.dest IS NOT NULL AND p.origin > p.dest THEN
      PERFORM vp_flows_add(p.origin, p.market, p.month, p.shard, 0, 0, value, 0, 0, 0, 0, 0, 0, 0);
    END IF;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER order_lines_flows_insert AFTER INSERT ON order_lines FOR EACH ROW EXECUTE FUNCTION vp_flows_lines_trigger();
--> statement-breakpoint
-- a hold at a counter (an event that moved the parcel) and a redelivery asked for count in the recipient's province
CREATE FUNCTION vp_flows_event_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s shipments;
  p record;
BEGIN
  SELECT * INTO s FROM shipments WHERE id = NEW.shipment_id;
  IF NOT FOUND THEN RETURN NULL; END IF;
  p := vp_flows_place(s);
  IF p.market IS NULL OR p.dest IS NULL THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'redelivery_requests' THEN
    PERFORM vp_flows_add(p.dest, p.market, p.month, p.shard, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
  ELSE
    PERFORM vp_flows_add(p.dest, p.market, p.month, p.shard, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tracking_events_flows_insert AFTER INSERT ON tracking_events FOR EACH ROW
  WHEN (NEW.status = 'held_at_counter' AND NEW.applied) EXECUTE FUNCTION vp_flows_event_trigger();
--> statement-breakpoint
CREATE TRIGGER redelivery_requests_flows_insert AFTER INSERT ON redelivery_requests FOR EACH ROW EXECUTE FUNCTION vp_flows_event_trigger();
--> statement-breakpoint
-- parcels recorded before the rollup existed
SELECT vp_flows_shipment(s, 1) FROM shipments s;
--> statement-breakpoint
SELECT vp_flows_add(p.dest, p.market, p.month, p.shard, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0)
  FROM tracking_events e JOIN shipments s ON s.id = e.shipment_id CROSS JOIN LATERAL vp_flows_place(s) p
 WHERE e.status = 'held_at_counter' AND e.applied AND p.dest IS NOT NULL;
--> statement-breakpoint
SELECT vp_flows_add(p.dest, p.market, p.month, p.shard, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0)
  FROM redelivery_requests r JOIN shipments s ON s.id = r.shipment_id CROSS JOIN LATERAL vp_flows_place(s) p
 WHERE p.dest IS NOT NULL;

--> statement-breakpoint
-- markets seeded before the column: Iran's statements follow the Jalali calendar
UPDATE "markets" SET "calendar" = 'persian' WHERE "code" = 'IR';
