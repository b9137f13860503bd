#!/usr/bin/env python3
"""Rewraps OrangeSum as AFP-style NewsML 1.2 files (one XML file per
dispatch, NITF body, one <p> per paragraph), for the reading-cost benchmark
of issue 14: indexing these files must take at most 1.3x the time of the
JSONL form.

    benches/newsml_orangesum.py [ORANGESUM_JSONL_GZ] [OUT_DIR]

ORANGESUM_JSONL_GZ defaults to ../shared/corpora/orangesum.jsonl.gz; OUT_DIR
(default /tmp/depeches-newsml) is replaced. The files are written outside
the project and never committed (they hold the article text). Then:

    depeches bench index OUT_DIR /tmp/idx-newsml
    depeches bench index ORANGESUM_JSONL_GZ /tmp/idx-jsonl
"""
import gzip
import json
import os
import shutil
import sys
from xml.sax.saxutils import escape, quoteattr

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../shared/corpora/orangesum.jsonl.gz")
out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/depeches-newsml"
shutil.rmtree(out, ignore_errors=True)
os.makedirs(out)

n = 0
with gzip.open(src, "rt", encoding="utf-8") as lines:
    for line in lines:
        d = json.loads(line)
        date = (d.get("date") or "").replace("-", "")
        when = f"{date}T120000+0000" if len(date) == 8 else ""
        paras = [p.strip() for p in d["text"].split("\n\n") if p.strip()]
        body = "\n".join(f"            <p>{escape(' '.join(p.split()))}</p>" for p in paras)
        created = f"      <FirstCreated>{when}</FirstCreated>\n" if when else ""
        xml = f"""<?xml version="1.0" encoding="utf-8"?>
<NewsML Version="1.2">
  <NewsItem xml:lang="fr">
    <Identification><NewsIdentifier>
      <ProviderId>afp.com</ProviderId>
      <NewsItemId>{escape(str(d["id"]))}</NewsItemId>
      <RevisionId PreviousRevision="0" Update="N">1</RevisionId>
    </NewsIdentifier></Identification>
    <NewsManagement>
      <NewsItemType FormalName="News"/>
{created}    </NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>{escape(d.get("title") or "")}</HeadLine></NewsLines>
      <AdministrativeMetadata><Provider><Party FormalName={quoteattr(d.get("source") or "")}/></Provider></AdministrativeMetadata>
      <DescriptiveMetadata><Language FormalName="fr"/></DescriptiveMetadata>
      <ContentItem><MediaType FormalName="Text"/><Format FormalName="NITF3.1"/>
        <DataContent><nitf><body><body.content>
{body}
        </body.content></body></nitf></DataContent>
      </ContentItem>
    </NewsComponent>
  </NewsItem>
</NewsML>
"""
        sub = os.path.join(out, f"{n // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{n:06d}.xml"), "w", encoding="utf-8") as f:
            f.write(xml)
        n += 1
print(f"{n} NewsML files in {out}", file=sys.stderr)
