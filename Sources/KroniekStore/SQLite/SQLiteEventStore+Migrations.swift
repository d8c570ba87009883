import GRDB

extension SQLiteEventStore {
    /// The schema, one numbered migration per change. Shipped migrations are
    /// never edited; they name tables and columns as strings, not app types,
    /// so later code changes cannot alter what they did.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "articles") { t in
                t.column("id", .text).primaryKey()
                t.column("identity", .text).notNull().unique()
                t.column("contentHash", .text).notNull()
                t.column("title", .text).notNull()
                t.column("published", .text)
                t.column("url", .text)
                t.column("file", .text).notNull()
                t.column("outlet", .text)
                t.column("sources", .text).notNull()
                t.column("language", .text).notNull()
                t.column("extractorVersion", .text).notNull()
                t.column("packVersion", .text).notNull()
                t.column("ingestedAt", .text).notNull()
                // The article as read (JSON), so it can be coded again.
                t.column("input", .blob).notNull()
            }
            try db.create(table: "sentences") { t in
                t.column("articleId", .text).notNull().references("articles", onDelete: .cascade)
                t.column("idx", .integer).notNull()
                t.column("paragraph", .integer).notNull()
                t.column("text", .text).notNull()
                t.primaryKey(["articleId", "idx"])
            }
            try db.create(table: "timexes") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleId", .text).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("sentence", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("type", .text).notNull()
                t.column("value", .text)
                t.column("precision", .text)
                t.column("rangeFrom", .text)
                t.column("rangeTo", .text)
            }
            try db.create(table: "mentions") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleId", .text).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("sentence", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("code", .text).notNull().indexed()
                t.column("country", .text)
                t.column("name", .text).notNull()
                t.column("kind", .text).notNull()
            }
            try db.create(table: "events") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("eventId", .text).notNull().indexed()
                t.column("articleId", .text).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("sentence", .integer).notNull()
                t.column("trigger", .text).notNull()
                t.column("cameo", .text).notNull()
                t.column("cameoRoot", .text).notNull().indexed()
                t.column("plover", .text).notNull().indexed()
                t.column("quadClass", .integer).notNull()
                t.column("goldstein", .double).notNull()
                t.column("sourceCode", .text).indexed()
                t.column("sourceCountry", .text).indexed()
                t.column("targetCode", .text).indexed()
                t.column("targetCountry", .text).indexed()
                t.column("dateValue", .text)
                t.column("datePrecision", .text)
                t.column("dateBasis", .text).notNull()
                t.column("firstDay", .text).indexed()
                t.column("lastDay", .text).indexed()
                t.column("modality", .text).notNull().indexed()
                t.column("placeName", .text)
                t.column("placeCountry", .text)
                t.column("killed", .integer).indexed()
                t.column("injured", .integer)
                t.column("confidence", .double).notNull()
                // The contract's event (JSON), read back as it was extracted.
                t.column("json", .blob).notNull()
            }
            try db.create(table: "quotes") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleId", .text).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("sentence", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("speakerCode", .text).indexed()
                t.column("speakerCountry", .text)
                t.column("speakerName", .text)
            }
            try db.create(table: "relations") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleId", .text).notNull().indexed().references("articles", onDelete: .cascade)
                t.column("sentence", .integer).notNull()
                t.column("type", .text).notNull()
                t.column("sourceCode", .text).notNull()
                t.column("targetCode", .text).notNull()
            }
            // Filled by clustering (ClusterBuilder): events reporting one
            // real-world event share a cluster.
            try db.create(table: "clusters") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("label", .text)
                t.column("firstDay", .text)
                t.column("lastDay", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "clusterEvents") { t in
                t.column("clusterId", .integer).notNull().references("clusters", onDelete: .cascade)
                t.column("eventId", .integer).notNull().indexed().references("events", onDelete: .cascade)
                t.primaryKey(["clusterId", "eventId"])
            }
        }
        // Clusters as ClusterBuilder makes them: the derived id (`key`), the
        // CAMEO family they are rebuilt by, and the whole cluster as JSON.
        migrator.registerMigration("v2") { db in
            try db.alter(table: "clusters") { t in
                t.add(column: "key", .text)
                t.add(column: "family", .text)
                t.add(column: "representativeEventId", .text)
                t.add(column: "articleCount", .integer)
                t.add(column: "independentSources", .integer)
                t.add(column: "json", .blob)
            }
            try db.create(index: "clusters_key", on: "clusters", columns: ["key"], unique: true)
            try db.create(index: "clusters_family", on: "clusters", columns: ["family"])
            try db.create(index: "clusterEvents_clusterId", on: "clusterEvents", columns: ["clusterId"])
        }
        // The whole extracted article (JSON, spans included), so an article
        // view reads it back as extracted; nil for articles stored before.
        migrator.registerMigration("v3") { db in
            try db.alter(table: "articles") { t in
                t.add(column: "extracted", .blob)
            }
        }
        // Match keys: where each event is filed for finding the events it
        // may match (`MatchKey`), so a batch reclusters only what it reaches;
        // and the clustering options they were written under. Stores from
        // before get their keys written by the first batch (`Reclustering`).
        migrator.registerMigration("v4") { db in
            try db.create(table: "matchKeys") { t in
                t.column("eventId", .integer).notNull().references("events", onDelete: .cascade)
                t.column("family", .text).notNull()
                t.column("country", .text).notNull()
                t.column("span", .integer).notNull()
                t.column("dayFrom", .integer).notNull()
                t.column("dayTo", .integer).notNull()
                t.column("negated", .integer).notNull()
                // Country prefixes of source and target, '' when unknown.
                t.column("source", .text).notNull()
                t.column("target", .text).notNull()
                t.primaryKey(["eventId", "country"])
            }
            try db.create(index: "matchKeys_probe", on: "matchKeys", columns: ["family", "country", "span", "dayFrom"])
            try db.create(table: "matchKeyOptions") { t in
                t.column("signature", .text).notNull()
            }
        }
        return migrator
    }
}
