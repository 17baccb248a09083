"""Social Media Lab on one JupyterHub machine: authenticator, spawner, limits and start-up helpers.

deploy/jupyterhub_config.py wires these together; deploy/README.md explains the design.
"""
