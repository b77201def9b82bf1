"""Organisations: detection help (gazetteer), canonical names, kinds."""

from .extract import Mention, Organization, find_organizations
from .gazetteer import KINDS, Gazetteer, OrgEntry, load_gazetteer, name_key
from .kinds import KindDecision, classify

__all__ = ["KINDS", "Gazetteer", "KindDecision", "Mention", "OrgEntry", "Organization", "classify",
           "find_organizations", "load_gazetteer", "name_key"]
