"""The article pipeline: read and parse an article, recognize its values, attach them to the
catalog's topics, draft the source file and merge it with the file an editor may have edited.
"""
