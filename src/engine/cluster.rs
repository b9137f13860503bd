//! Writing what an external engine needs: `searchd` configurations for a
//! Manticore / Sphinx cluster ([`write_searchd`]), and the OpenSearch
//! mapping and bulk export of the local index ([`write_opensearch`]).
//!
//! The searchd configuration keeps to what Sphinx 2.2 and Manticore both
//! read: on each node, a real-time table `<table>_rt` holding the node's
//! part of the passages and `<table>_facets` the facet dictionary, and a
//! distributed table `<table>` over every node's part (its own locally,
//! the others as agents), so any node answers a search of the whole
//! cluster. Terms arrive analyzed: the engine's own morphology is off and
//! its alphabet is the one of [`super::document::engine_token`].

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::json;

use super::document::{self, GAP_TOKEN, PassageDoc, Terms};
use crate::analysis::FrenchTokenizer;
use crate::index::DepechesIndex;

/// One node of a cluster written by [`write_searchd`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeConfig {
    /// `node1`, `node2`…
    pub name: String,
    /// Its directory.
    pub dir: PathBuf,
    /// Its configuration file.
    pub config: PathBuf,
    /// SphinxQL (MySQL protocol) port: what `--engine` and `push` use.
    pub sql_port: u16,
    /// Binary API port: what the other nodes' distributed table uses.
    pub api_port: u16,
}

/// The attributes of a passage row, in the configuration and in `push`.
pub const RT_SCHEMA: &str = "\
    rt_field = terms
    rt_field = stacked
    rt_field = headline
    rt_field = tags
    rt_attr_uint = row_kind
    rt_attr_bigint = dispatch_key
    rt_attr_string = dispatch_id
    rt_attr_uint = passage_no
    rt_attr_uint = passages
    rt_attr_uint = terms_len
    rt_attr_uint = headline_len
    rt_attr_string = date
    rt_attr_uint = date_first
    rt_attr_uint = date_last
    rt_attr_string = title
    rt_attr_string = source
    rt_attr_bigint = language_key
    rt_attr_string = language
    rt_attr_string = text
    rt_attr_string = claims
    rt_attr_string = facets
    rt_attr_multi_64 = facet_keys
    rt_attr_multi_64 = dispatch_facet_keys
    rt_attr_bigint = near_dup
    rt_attr_bigint = content_hash
    rt_attr_bigint = seq
";

/// Writes `dir/nodeK/searchd.conf` for `nodes` nodes on `host`, SphinxQL
/// ports `port`, `port + 2`…, API ports one above each, and a README.
pub fn write_searchd(
    dir: &Path,
    nodes: usize,
    host: &str,
    port: u16,
    table: &str,
) -> Result<Vec<NodeConfig>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let dir = std::fs::canonicalize(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let stopwords = dir.join("stopwords.txt");
    std::fs::write(&stopwords, format!("{GAP_TOKEN}\n"))
        .with_context(|| format!("cannot write {}", stopwords.display()))?;
    let mut all = Vec::with_capacity(nodes);
    for k in 0..nodes {
        let sql_port = u16::try_from(u32::from(port) + 2 * k as u32)
            .ok()
            .filter(|p| *p < u16::MAX)
            .context("--port: the nodes' ports run past 65535")?;
        let name = format!("node{}", k + 1);
        let node_dir = dir.join(&name);
        all.push(NodeConfig {
            config: node_dir.join("searchd.conf"),
            dir: node_dir,
            name,
            sql_port,
            api_port: sql_port + 1,
        });
    }
    for node in &all {
        for sub in ["data", "log", "binlog"] {
            let d = node.dir.join(sub);
            std::fs::create_dir_all(&d).with_context(|| format!("cannot create {}", d.display()))?;
        }
        let d = node.dir.display();
        let (mut agents, mut facet_agents) = (String::new(), String::new());
        for other in all.iter().filter(|o| o.name != node.name) {
            // One agent line per other node; on real machines, mirrors of
            // a part are listed in one line separated by `|` (README).
            writeln!(agents, "    agent = {host}:{}:{table}_rt", other.api_port)?;
            writeln!(facet_agents, "    agent = {host}:{}:{table}_facets_rt", other.api_port)?;
        }
        let conf = format!(
            "# depeches cluster: {name} of {nodes} (written by `depeches cluster config`).
# Sphinx 2.2 / Manticore common subset. Start: searchd --config {config}

index {table}_rt
{{
    type = rt
    path = {d}/data/{table}_rt
    rt_mem_limit = 256M
{RT_SCHEMA}
    # Terms come analyzed by depeches: no morphology, and the alphabet of
    # its engine tokens; `{GAP_TOKEN}` stands for a French stop word and
    # keeps its position, as in the local index.
    dict = keywords
    morphology = none
    min_word_len = 1
    charset_table = 0..9, a..z, _
    stopwords = {stopwords}
    stopword_step = 1
}}

index {table}_facets_rt
{{
    type = rt
    path = {d}/data/{table}_facets_rt
    rt_mem_limit = 16M
    rt_field = label
    rt_attr_string = path
    rt_attr_uint = levels
    rt_attr_multi_64 = ancestors
    dict = keywords
}}

index {table}
{{
    type = distributed
    local = {table}_rt
{agents}    agent_connect_timeout = 1000
    agent_query_timeout = 30000
}}

index {table}_facets
{{
    type = distributed
    local = {table}_facets_rt
{facet_agents}    agent_connect_timeout = 1000
    agent_query_timeout = 30000
}}

searchd
{{
    listen = {host}:{sql}:mysql41
    listen = {host}:{api}
    log = {d}/log/searchd.log
    query_log = {d}/log/query.log
    pid_file = {d}/searchd.pid
    binlog_path = {d}/binlog
    workers = threads
    max_packet_size = 32M
    read_timeout = 30
    client_timeout = 300
    seamless_rotate = 1
}}
",
            name = node.name,
            config = node.config.display(),
            stopwords = stopwords.display(),
            sql = node.sql_port,
            api = node.api_port,
        );
        std::fs::write(&node.config, conf)
            .with_context(|| format!("cannot write {}", node.config.display()))?;
    }
    let nodes_list: Vec<String> = all.iter().map(|n| format!("{host}:{}", n.sql_port)).collect();
    let readme = readme(&all, host, table, &nodes_list.join(","));
    std::fs::write(dir.join("README.md"), readme).context("cannot write README.md")?;
    Ok(all)
}

fn readme(nodes: &[NodeConfig], host: &str, table: &str, list: &str) -> String {
    let mut starts = String::new();
    for n in nodes {
        let _ = writeln!(starts, "    searchd --config {}", n.config.display());
    }
    format!(
        "# depeches on a Manticore / Sphinx cluster

Written by `depeches cluster config`: {count} searchd node(s) on {host}, each
with a real-time table `{table}_rt` (its part of the passages), the facet
dictionary `{table}_facets_rt`, and a distributed table `{table}` over all
parts, so any node answers for the whole cluster.

## Run it

{starts}
then fill it from the local index (corpus paths are indexed first):

    depeches push manticore://{list}/{table} [PATH…]

and search it as the local index:

    depeches search --engine manticore://{host}:{first}/{table} \"armée malienne\"
    depeches facets place --engine manticore://{host}:{first}/{table}
    depeches claims --engine manticore://{host}:{first}/{table}

`push` routes each dispatch to node (hash of its id mod {count}); every node in
the push URL is written to, in that order. Stop a node: `kill $(cat nodeK/searchd.pid)`
(or `searchd --config nodeK/searchd.conf --stopwait`).

## On real machines

- One node per machine: replace {host} by each machine's address in
  `listen` (SphinxQL `:mysql41` port, and the binary API port the agents
  use) and in the `agent` lines of every node.
- Mirrors: a part held by two machines is one `agent` line listing both,
  separated by `|` (`agent = m1:9307|m2:9307:{table}_rt`); searchd then
  balances queries between them and skips a dead one
  (`ha_strategy = nodeads`). `push` must then write each part to both
  machines: list both in the push URL in the part's order, or use
  Manticore's replication below.
- Replication (Manticore only, not Sphinx 2.2): create the part's table
  in a replication cluster (`CREATE CLUSTER c1`, `ALTER CLUSTER c1 ADD
  {table}_rt`, then `JOIN CLUSTER c1 AT 'm1:9312'` on the mirror); writes
  then go through `c1:{table}_rt` and reach every member.
- Capacity: see docs/scale-out.md in the depeches sources (index size,
  indexing time and query latency per million dispatches; nodes needed).
",
        count = nodes.len(),
        first = nodes.first().map_or(9306, |n| n.sql_port),
    )
}

/// The OpenSearch index: settings and mapping.
pub fn opensearch_mapping() -> serde_json::Value {
    let keyword = json!({ "type": "keyword" });
    json!({
        "settings": {
            "number_of_shards": 4,
            "number_of_replicas": 1,
            "analysis": {
                "analyzer": {
                    // Terms arrive analyzed by depeches, space-separated.
                    "depeches_terms": { "type": "custom", "tokenizer": "whitespace" }
                }
            }
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "dispatch_id": keyword,
                "passage_no": { "type": "integer" },
                "passages": { "type": "integer" },
                "date": keyword,
                "date_first": { "type": "date", "format": "basic_date" },
                "date_last": { "type": "date", "format": "basic_date" },
                "title": { "type": "text", "index": false },
                "headline_terms": { "type": "text", "analyzer": "depeches_terms" },
                "source": keyword,
                "language": keyword,
                "text": { "type": "text", "index": false },
                "terms": { "type": "text", "analyzer": "depeches_terms", "position_increment_gap": 100 },
                "stacked_terms": { "type": "text", "analyzer": "depeches_terms" },
                "claims": { "type": "object", "enabled": false },
                "facets": keyword,
                "dispatch_facets": keyword,
                "actors": keyword,
                "kinds": keyword,
                "place_1": keyword,
                "place_2": keyword,
                "place_3": keyword,
                "place_4": keyword,
                "claim_types": keyword,
                "claimants": keyword,
                "near_dup": { "type": "long" },
                "content_hash": { "type": "keyword" },
                "seq": { "type": "long" }
            }
        }
    })
}

/// The bulk document of a passage.
pub fn opensearch_document(p: &PassageDoc, analyzer: &mut FrenchTokenizer) -> serde_json::Value {
    let terms = Terms::of(analyzer, &p.text);
    let headline = if p.headline { p.title.as_deref().map(|t| analyzer.terms(t).join(" ")) } else { None };
    let all = document::with_ancestors(&p.facets);
    let level = |n: usize| -> Vec<&str> {
        all.iter()
            .filter(|f| f.starts_with("/place/") && f.split('/').count() == n + 2)
            .filter_map(|f| f.rsplit('/').next())
            .collect()
    };
    let under =
        |prefix: &str| -> Vec<&str> { p.facets.iter().filter_map(|f| f.strip_prefix(prefix)).collect() };
    let day = |d: u64| (d > 0).then(|| d.to_string());
    json!({
        "dispatch_id": p.dispatch_id,
        "passage_no": p.passage_no,
        "passages": p.passages,
        "date": p.date,
        "date_first": day(p.date_first),
        "date_last": day(p.date_last),
        "title": p.title,
        "headline_terms": headline,
        "source": p.source,
        "language": p.language,
        "text": p.text,
        // Every term as `depeches analyze` prints it: the whitespace
        // analyzer of the mapping indexes them as they are.
        "terms": terms.analyzed.join(" "),
        "stacked_terms": terms.stacked,
        "claims": p.claims.as_deref().and_then(|c| serde_json::from_str::<serde_json::Value>(c).ok()),
        "facets": all,
        "dispatch_facets": document::with_ancestors(&p.dispatch_facets),
        "actors": under("/actor/").iter().filter_map(|a| a.split_once('/').map(|(_, id)| id)).collect::<Vec<_>>(),
        "kinds": under("/actor/").iter().map(|a| a.split('/').next().unwrap_or(a)).collect::<Vec<_>>(),
        "place_1": level(1),
        "place_2": level(2),
        "place_3": level(3),
        "place_4": level(4),
        "claim_types": under("/claim/"),
        "claimants": under("/claimant/"),
        "near_dup": p.near_dup,
        "content_hash": format!("{:016x}", p.content_hash),
        "seq": p.seq,
    })
}

/// Writes `dir/mapping.json` and `dir/bulk.ndjson` (index `table`) from
/// the local index; returns the number of passages exported.
pub fn write_opensearch(index: &DepechesIndex, dir: &Path, table: &str) -> Result<usize> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mapping = dir.join("mapping.json");
    std::fs::write(&mapping, serde_json::to_string_pretty(&opensearch_mapping())? + "\n")
        .with_context(|| format!("cannot write {}", mapping.display()))?;
    let bulk_path = dir.join("bulk.ndjson");
    let file =
        std::fs::File::create(&bulk_path).with_context(|| format!("cannot write {}", bulk_path.display()))?;
    let mut bulk = std::io::BufWriter::new(file);
    let mut analyzer = FrenchTokenizer::default();
    let mut n = 0;
    for passages in document::read_index(index)?.values() {
        for p in passages {
            let id = format!("{}:{}", p.dispatch_id, p.passage_no);
            let action = json!({ "index": { "_index": table, "_id": id, "routing": p.dispatch_id } });
            writeln!(bulk, "{action}")?;
            writeln!(bulk, "{}", opensearch_document(p, &mut analyzer))?;
            n += 1;
        }
    }
    bulk.flush().with_context(|| format!("cannot write {}", bulk_path.display()))?;
    Ok(n)
}
