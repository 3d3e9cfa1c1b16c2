import CRMCache
