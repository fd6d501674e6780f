# A real Sphinx project that links to the catalog the way other documentation does: through the
# catalog's inventories, with intersphinx (tests/e2e/sphinx.spec.ts builds it with -W).
# CATALOG_URL is the served catalog's root, ending in "/".
import os

project = "Links to the PaddleNLP weights catalog"
extensions = ["sphinx.ext.intersphinx"]
_catalog = os.environ["CATALOG_URL"]
intersphinx_mapping = {
    # English pages: the inventory at the catalog's root.
    "paddlenlp": (_catalog, None),
    # Chinese pages: the inventory beside them.
    "paddlenlp-zh": (_catalog + "zh-cn/", None),
}
intersphinx_timeout = 30
# Nothing else is fetched: the build must not reach the internet.
html_theme = "basic"
