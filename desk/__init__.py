"""The investment desk: companies, contacts, projects and their pipeline, activities and aftercare (issue 15)."""
