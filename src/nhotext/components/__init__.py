"""spaCy factories of nhotext. Importing this package registers them; installed
nhotext also exposes them as ``spacy_factories`` entry points."""

from .duplicates import make_duplicates
from .organizations import make_org_ruler, make_organizations
from .paragraphs import make_entity_bounds, make_paragraphs
from .quotes import make_quotes
from .unspaced import make_unspaced

__all__ = ["make_duplicates", "make_entity_bounds", "make_org_ruler", "make_organizations", "make_paragraphs",
           "make_quotes", "make_unspaced"]
