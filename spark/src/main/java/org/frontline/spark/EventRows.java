package org.frontline.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.frontline.model.DocumentResult;
import org.frontline.model.Event;
import org.frontline.model.Place;

/** One Parquet row per event: the contract's event fields flattened, with the document's id and facts. */
final class EventRows {
    static final StructType SCHEMA = new StructType(new StructField[]{
            field("doc", DataTypes.StringType, false),
            field("event_index", DataTypes.IntegerType, false),
            field("published", DataTypes.DateType, true),
            field("duplicate_of", DataTypes.StringType, true),
            field("type", DataTypes.StringType, false),
            field("actor1", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("actor2", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("place_name", DataTypes.StringType, true),
            field("place_lat", DataTypes.DoubleType, true),
            field("place_lon", DataTypes.DoubleType, true),
            field("place_country", DataTypes.StringType, true),
            field("place_admin1", DataTypes.StringType, true),
            field("place_geonames_id", DataTypes.LongType, true),
            field("place_precision", DataTypes.StringType, true),
            field("route_from", DataTypes.StringType, true),
            field("route_to", DataTypes.StringType, true),
            field("route_name", DataTypes.StringType, true),
            field("date_start", DataTypes.DateType, false),
            field("date_end", DataTypes.DateType, false),
            field("date_precision", DataTypes.StringType, false),
            field("fatalities", DataTypes.IntegerType, true),
            field("displaced", DataTypes.IntegerType, true),
            field("sources", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("status", DataTypes.StringType, false),
            field("evidence", DataTypes.StringType, false),
    });

    private EventRows() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType t, boolean nullable) {
        return DataTypes.createStructField(name, t, nullable);
    }

    static List<Row> of(DocumentResult r) {
        List<Row> rows = new ArrayList<>(r.events().size());
        int i = 0;
        for (Event e : r.events()) {
            Place p = e.place();
            rows.add(RowFactory.create(r.doc(), i++, date(r.published()), r.duplicateOf(), e.type().label(),
                    e.actor1().toArray(new String[0]), e.actor2().toArray(new String[0]),
                    p == null ? null : p.name(), p == null ? null : p.lat(), p == null ? null : p.lon(),
                    p == null ? null : p.country(), p == null ? null : p.admin1(),
                    p == null ? null : p.geonamesId(), p == null ? null : p.precision(),
                    e.route() == null || e.route().from() == null ? null : e.route().from().name(),
                    e.route() == null || e.route().to() == null ? null : e.route().to().name(),
                    e.route() == null ? null : e.route().name(),
                    date(e.date().start()), date(e.date().end()), e.date().precision().label(),
                    e.fatalities(), e.displaced(), e.sources().toArray(new String[0]), e.status().label(),
                    e.evidence()));
        }
        return rows;
    }

    private static Date date(java.time.LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
