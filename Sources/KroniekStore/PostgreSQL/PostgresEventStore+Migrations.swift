extension PostgresEventStore {
    /// A numbered schema change: its statements run in one transaction.
    struct Migration {
        var id: String
        var statements: [String]
    }

    /// The schema, one numbered migration per change, applied in order and
    /// never edited once shipped. Tables and columns are those of the SQLite
    /// store (unquoted, so PostgreSQL folds them to lower case and the same
    /// query text works on both); text compares byte-wise (`COLLATE "C"`),
    /// as SQLite does, so both engines sort rows alike.
    static let migrations: [Migration] = [
        Migration(
            id: "v1",
            statements: [
                """
                CREATE TABLE articles (
                  id text COLLATE "C" PRIMARY KEY, identity text COLLATE "C" NOT NULL UNIQUE,
                  contentHash text COLLATE "C" NOT NULL, title text COLLATE "C" NOT NULL, published text COLLATE "C",
                  url text COLLATE "C", file text COLLATE "C" NOT NULL, outlet text COLLATE "C",
                  sources text COLLATE "C" NOT NULL, language text COLLATE "C" NOT NULL,
                  extractorVersion text COLLATE "C" NOT NULL, packVersion text COLLATE "C" NOT NULL,
                  ingestedAt text COLLATE "C" NOT NULL, input bytea NOT NULL)
                """,
                """
                CREATE TABLE sentences (
                  articleId text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx bigint NOT NULL,
                  paragraph bigint NOT NULL, text text COLLATE "C" NOT NULL, PRIMARY KEY (articleId, idx))
                """,
                """
                CREATE TABLE timexes (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  articleId text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  sentence bigint NOT NULL, text text COLLATE "C" NOT NULL, type text COLLATE "C" NOT NULL,
                  value text COLLATE "C", precision text COLLATE "C", rangeFrom text COLLATE "C", rangeTo text COLLATE "C")
                """,
                "CREATE INDEX timexes_articleId ON timexes (articleId)",
                """
                CREATE TABLE mentions (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  articleId text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  sentence bigint NOT NULL, text text COLLATE "C" NOT NULL, code text COLLATE "C" NOT NULL,
                  country text COLLATE "C", name text COLLATE "C" NOT NULL, kind text COLLATE "C" NOT NULL)
                """,
                "CREATE INDEX mentions_articleId ON mentions (articleId)",
                "CREATE INDEX mentions_code ON mentions (code)",
                """
                CREATE TABLE events (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, eventId text COLLATE "C" NOT NULL,
                  articleId text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  sentence bigint NOT NULL, trigger text COLLATE "C" NOT NULL, cameo text COLLATE "C" NOT NULL,
                  cameoRoot text COLLATE "C" NOT NULL, plover text COLLATE "C" NOT NULL, quadClass bigint NOT NULL,
                  goldstein double precision NOT NULL, sourceCode text COLLATE "C", sourceCountry text COLLATE "C",
                  targetCode text COLLATE "C", targetCountry text COLLATE "C", dateValue text COLLATE "C",
                  datePrecision text COLLATE "C", dateBasis text COLLATE "C" NOT NULL, firstDay text COLLATE "C",
                  lastDay text COLLATE "C", modality text COLLATE "C" NOT NULL, placeName text COLLATE "C",
                  placeCountry text COLLATE "C", killed bigint, injured bigint, confidence double precision NOT NULL,
                  json bytea NOT NULL)
                """,
                "CREATE INDEX events_eventId ON events (eventId)",
                "CREATE INDEX events_articleId ON events (articleId)",
                "CREATE INDEX events_cameoRoot ON events (cameoRoot)",
                "CREATE INDEX events_cameo ON events (cameo)",
                "CREATE INDEX events_plover ON events (plover)",
                "CREATE INDEX events_sourceCode ON events (sourceCode)",
                "CREATE INDEX events_targetCode ON events (targetCode)",
                "CREATE INDEX events_firstDay ON events (firstDay, id)",
                "CREATE INDEX events_lastDay ON events (lastDay)",
                "CREATE INDEX events_modality ON events (modality)",
                "CREATE INDEX events_placeCountry ON events (placeCountry)",
                "CREATE INDEX events_killed ON events (killed)",
                """
                CREATE TABLE quotes (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  articleId text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  sentence bigint NOT NULL, text text COLLATE "C" NOT NULL, speakerCode text COLLATE "C",
                  speakerCountry text COLLATE "C", speakerName text COLLATE "C")
                """,
                "CREATE INDEX quotes_articleId ON quotes (articleId)",
                "CREATE INDEX quotes_speakerCode ON quotes (speakerCode)",
                """
                CREATE TABLE relations (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                  articleId text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  sentence bigint NOT NULL, type text COLLATE "C" NOT NULL, sourceCode text COLLATE "C" NOT NULL,
                  targetCode text COLLATE "C" NOT NULL)
                """,
                "CREATE INDEX relations_articleId ON relations (articleId)",
                // Clusters as ClusterBuilder makes them: the derived id (`key`),
                // the CAMEO family they are rebuilt by, the whole cluster as JSON.
                """
                CREATE TABLE clusters (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, key text COLLATE "C" UNIQUE,
                  family text COLLATE "C", label text COLLATE "C", firstDay text COLLATE "C", lastDay text COLLATE "C",
                  createdAt text COLLATE "C" NOT NULL, representativeEventId text COLLATE "C", articleCount bigint,
                  independentSources bigint, json bytea)
                """,
                "CREATE INDEX clusters_family ON clusters (family)",
                "CREATE INDEX clusters_firstDay ON clusters (firstDay, key)",
                """
                CREATE TABLE clusterEvents (
                  clusterId bigint NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
                  eventId bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE, PRIMARY KEY (clusterId, eventId))
                """,
                "CREATE INDEX clusterEvents_eventId ON clusterEvents (eventId)",
            ]),
        // The work queue of `kroniek enqueue` and `kroniek worker`: one row
        // per article to code, claimed with a lease that expires.
        Migration(
            id: "v2",
            statements: [
                """
                CREATE TABLE queue (
                  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, identity text COLLATE "C" NOT NULL,
                  contentHash text COLLATE "C" NOT NULL, article bytea NOT NULL,
                  state text COLLATE "C" NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'running', 'done', 'failed')),
                  attempts bigint NOT NULL DEFAULT 0, worker text COLLATE "C", leaseUntil timestamptz,
                  error text COLLATE "C", enqueuedAt timestamptz NOT NULL DEFAULT now(), finishedAt timestamptz,
                  UNIQUE (identity, contentHash))
                """,
                "CREATE INDEX queue_claimable ON queue (state, id) WHERE state IN ('pending', 'running')",
            ]),
        // The whole extracted article as JSON, spans included, for the
        // article view of `kroniek serve` (SQLite's v3).
        Migration(id: "v3", statements: ["ALTER TABLE articles ADD COLUMN extracted bytea"]),
        // Match keys: where each event is filed for finding the events it may
        // match, so a batch reclusters only what it reaches; and the
        // clustering options they were written under (SQLite's v4).
        Migration(
            id: "v4",
            statements: [
                """
                CREATE TABLE matchKeys (
                  eventId bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE, family text COLLATE "C" NOT NULL,
                  country text COLLATE "C" NOT NULL, span bigint NOT NULL, dayFrom bigint NOT NULL, dayTo bigint NOT NULL,
                  negated bigint NOT NULL, source text COLLATE "C" NOT NULL, target text COLLATE "C" NOT NULL,
                  PRIMARY KEY (eventId, country))
                """,
                "CREATE INDEX matchKeys_probe ON matchKeys (family, country, span, dayFrom)",
                "CREATE TABLE matchKeyOptions (signature text COLLATE \"C\" NOT NULL)",
            ]),
    ]
}
